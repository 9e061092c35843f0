package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.fiche.Fiche;
import fr.monenfantalecole.portail.fiche.NationalFiches;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds a collectivité's dashboard from the daily counts of its portal and of the portals below it. */
@Component
class Dashboards {

    private final AudienceFigures figures;
    private final Collectivites collectivites;
    private final HeadCounts headCounts;
    private final NationalFiches fiches;

    Dashboards(AudienceFigures figures, Collectivites collectivites, HeadCounts headCounts, NationalFiches fiches) {
        this.figures = figures;
        this.collectivites = collectivites;
        this.headCounts = headCounts;
        this.fiches = fiches;
    }

    /** Its own portal and every portal below it (an EPCI's communes, a département's EPCI and communes). */
    public List<Long> portals(Collectivite collectivite) {
        var ids = new ArrayList<Long>();
        ids.add(collectivite.id());
        for (var child : collectivites.children(collectivite.id())) {
            if (child.id() != collectivite.id()) {
                ids.addAll(portals(child));
            }
        }
        return ids;
    }

    public Dashboard of(Collectivite collectivite, Period period) {
        var ids = portals(collectivite);
        var titles = fiches.all().stream().collect(Collectors.toMap(Fiche::id, Fiche::displayTitle, (a, b) -> a));
        var kinds = figures.by("zone", ids, period);
        return new Dashboard(
                collectivite.nom(),
                collectivite.slug(),
                period,
                figures.totals(ids, period),
                figures.totals(ids, period.previous()),
                figures.series(ids, period),
                kinds.stream()
                        .filter(c -> PageKind.fromCode(c.code())
                                .map(PageKind::isPage)
                                .orElse(false))
                        .map(c -> new Dashboard.Line(label(c.code()), c.vues()))
                        .toList(),
                lines(figures.top(PageKind.FICHE, ids, period, 15), titles),
                lines(figures.top(PageKind.ECOLE, ids, period, 15), Map.of()),
                figures.searches(ids, period, false, 15),
                figures.searches(ids, period, true, 15),
                count(kinds, PageKind.CARTE_SCOLAIRE),
                count(kinds, PageKind.QUOTIENT),
                count(kinds, PageKind.CONNEXION_FAMILLE),
                figures.by("canal", ids, period).stream()
                        .map(c -> new Dashboard.Line(channel(c.code()), c.vues()))
                        .toList(),
                figures.by("appareil", ids, period).stream()
                        .map(c -> new Dashboard.Line(device(c.code()), c.vues()))
                        .toList(),
                headCounts.of(collectivite),
                headCounts.rentree(),
                collectivites.children(collectivite.id()).stream()
                        .map(m -> new Dashboard.Line(
                                m.nom(), figures.totals(portals(m), period).visites()))
                        .toList(),
                figures.generated(ids, period));
    }

    private static List<Dashboard.Line> lines(List<AudienceFigures.Count> counts, Map<String, String> titles) {
        return counts.stream()
                .map(c -> new Dashboard.Line(
                        titles.containsKey(c.code()) ? titles.get(c.code()) + " (" + c.code() + ")" : c.code(),
                        c.vues()))
                .toList();
    }

    private static long count(List<AudienceFigures.Count> kinds, PageKind kind) {
        return kinds.stream()
                .filter(c -> c.code().equals(kind.code()))
                .mapToLong(AudienceFigures.Count::vues)
                .sum();
    }

    static String label(String zone) {
        return PageKind.fromCode(zone).map(PageKind::libelle).orElse(zone);
    }

    private static String channel(String code) {
        for (var c : Channel.values()) {
            if (c.code().equals(code)) {
                return c.libelle();
            }
        }
        return code;
    }

    private static String device(String code) {
        for (var d : Device.values()) {
            if (d.code().equals(code)) {
                return d.libelle();
            }
        }
        return code;
    }
}
