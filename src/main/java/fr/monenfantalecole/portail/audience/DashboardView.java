package fr.monenfantalecole.portail.audience;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The dashboard page: the figures and the SVG drawn from them. */
public record DashboardView(Dashboard d, String visitsChart, String zonesChart, String channelsChart) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRANCE);

    static DashboardView of(Dashboard d) {
        return new DashboardView(
                d,
                SvgCharts.line(d.series().stream()
                        .map(p -> new SvgCharts.Bar(p.debut().format(DAY), p.visites()))
                        .toList()),
                SvgCharts.bars(bars(d.zones())),
                SvgCharts.bars(bars(d.canaux())));
    }

    private static List<SvgCharts.Bar> bars(List<Dashboard.Line> lines) {
        return lines.stream()
                .map(l -> new SvgCharts.Bar(l.libelle(), l.valeur()))
                .toList();
    }

    public String day(AudienceFigures.Point p) {
        return p.debut().format(DAY);
    }

    /** The editors' space, told which search found nothing: it fills its catalogue search with it. */
    public static String writeLink(String editLink, String search) {
        return editLink + "?recherche=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
    }

    public static String n(long value) {
        return SvgCharts.number(value);
    }

    public static String decimal(double value) {
        return String.format(Locale.FRANCE, "%.2f", value);
    }
}
