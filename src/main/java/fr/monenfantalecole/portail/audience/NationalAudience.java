package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.fiche.Fiche;
import fr.monenfantalecole.portail.fiche.NationalFiches;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The figures across every portal: for the national editorial team (fiches, searches) and the operator (portals). */
@Component
public class NationalAudience {

    /** A fiche with its views. */
    public record FicheCount(String id, String titre, long vues) {}

    /** A portal's visits this period and the one before; {@code enBaisse} when they fell by 30 % or more. */
    public record PortalCount(String slug, String nom, long visites, long avant, boolean enBaisse) {}

    /** What the editorial team reads. */
    public record Editorial(
            Period period,
            List<FicheCount> plusLues,
            List<FicheCount> jamaisLues,
            List<AudienceFigures.Search> sansResultat,
            List<AudienceFigures.Search> sansClic) {}

    static final int DROP_PERCENT = 30;

    /** Below this many visits before, a fall says nothing. */
    static final int DROP_FLOOR = 50;

    private final AudienceFigures figures;
    private final Collectivites collectivites;
    private final NationalFiches fiches;
    private final ViewBuffer buffer;

    NationalAudience(AudienceFigures figures, Collectivites collectivites, NationalFiches fiches, ViewBuffer buffer) {
        this.figures = figures;
        this.collectivites = collectivites;
        this.fiches = fiches;
        this.buffer = buffer;
    }

    public Editorial editorial(Period period) {
        var all = collectivites.all().stream().map(Collectivite::id).toList();
        var published = fiches.published();
        Map<String, String> titles =
                published.stream().collect(Collectors.toMap(Fiche::id, Fiche::displayTitle, (a, b) -> a));
        var top = figures.top(PageKind.FICHE, all, period, 10_000);
        var read = new HashSet<String>();
        top.forEach(c -> read.add(c.code()));
        var searches = figures.searches(all, period, false, 10_000);
        return new Editorial(
                period,
                top.stream()
                        .filter(c -> titles.containsKey(c.code()))
                        .limit(20)
                        .map(c -> new FicheCount(c.code(), titles.getOrDefault(c.code(), c.code()), c.vues()))
                        .toList(),
                published.stream()
                        .filter(f -> !read.contains(f.id()))
                        .map(f -> new FicheCount(f.id(), f.displayTitle(), 0))
                        .toList(),
                figures.searches(all, period, true, 30),
                searches.stream()
                        .filter(s -> s.sansClic() > 0)
                        .sorted(Comparator.comparingLong(AudienceFigures.Search::sansClic)
                                .reversed())
                        .limit(30)
                        .toList());
    }

    /** Every portal ranked by visits (most first, then by slug), those whose use fell flagged. */
    public List<PortalCount> portals(Period period) {
        var all = collectivites.all();
        var ids = all.stream().map(Collectivite::id).toList();
        var visits = figures.visitsByPortal(ids, period);
        var before = figures.visitsByPortal(ids, period.previous());
        return all.stream()
                .map(c -> {
                    long visites = visits.getOrDefault(c.id(), 0L);
                    long avant = before.getOrDefault(c.id(), 0L);
                    boolean drop = avant >= DROP_FLOOR && visites * 100 <= avant * (100 - DROP_PERCENT);
                    return new PortalCount(c.slug(), c.nom(), visites, avant, drop);
                })
                .sorted(Comparator.comparingLong(PortalCount::visites)
                        .reversed()
                        .thenComparing(PortalCount::slug))
                .toList();
    }

    /** Views this node could not record since it started (full buffer, or a day already over). */
    public long dropped() {
        return buffer.dropped();
    }
}
