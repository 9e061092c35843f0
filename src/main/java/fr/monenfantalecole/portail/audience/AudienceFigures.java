package fr.monenfantalecole.portail.audience;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the dashboards read, always from the daily counts and always for a given set of portals (the
 * caller decides which ones the user may see): figures of several nodes and of generated demo days add
 * up there.
 */
@Component
public class AudienceFigures {

    /** Totals of a period: visitors are unique per day, so their sum counts a visitor once a day. */
    public record Totals(long vues, long visites, long visiteurs) {}

    /** One step of the chart. */
    public record Point(LocalDate debut, long vues, long visites, long visiteurs) {}

    /** A labelled count (a zone, a fiche, a channel...). */
    public record Count(String code, long vues) {}

    /** A search's normalised query, how often it was made, how often it found nothing, how often a result was opened. */
    public record Search(String requete, long recherches, long sansResultat, long clics) {

        public long sansClic() {
            return Math.max(0, recherches - sansResultat - clics);
        }
    }

    private final JdbcClient jdbc;

    AudienceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Totals totals(Collection<Long> portals, Period period) {
        return jdbc.sql("""
                SELECT coalesce(sum(vues), 0) AS vues, coalesce(sum(visites), 0) AS visites,
                       coalesce(sum(visiteurs), 0) AS visiteurs
                FROM audience_visites_jour WHERE collectivite_id IN (:ids) AND jour BETWEEN :du AND :au
                """)
                .param("ids", ids(portals))
                .param("du", period.du())
                .param("au", period.au())
                .query(new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Totals.class))
                .single();
    }

    public List<Point> series(Collection<Long> portals, Period period) {
        return jdbc.sql("""
                SELECT date_trunc('%s', jour)::date AS debut, sum(vues) AS vues, sum(visites) AS visites,
                       sum(visiteurs) AS visiteurs
                FROM audience_visites_jour WHERE collectivite_id IN (:ids) AND jour BETWEEN :du AND :au
                GROUP BY 1 ORDER BY 1
                """.formatted(period.unit()))
                .param("ids", ids(portals))
                .param("du", period.du())
                .param("au", period.au())
                .query(new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Point.class))
                .list();
    }

    /** Views by kind of page, or by channel or device ("zone", "canal", "appareil"), largest first. */
    public List<Count> by(String column, Collection<Long> portals, Period period) {
        if (!List.of("zone", "canal", "appareil").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("""
                SELECT %s AS code, sum(vues) AS vues FROM audience_jour
                WHERE collectivite_id IN (:ids) AND jour BETWEEN :du AND :au AND zone <> 'clic-recherche'
                GROUP BY 1 ORDER BY 2 DESC, 1
                """.formatted(column))
                .param("ids", ids(portals))
                .param("du", period.du())
                .param("au", period.au())
                .query(new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Count.class))
                .list();
    }

    /** The most viewed targets of a kind (fiches by reference, écoles by UAI). */
    public List<Count> top(PageKind kind, Collection<Long> portals, Period period, int limit) {
        return jdbc.sql("""
                SELECT cible AS code, sum(vues) AS vues FROM audience_jour
                WHERE collectivite_id IN (:ids) AND jour BETWEEN :du AND :au AND zone = :zone
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :limit
                """)
                .param("ids", ids(portals))
                .param("du", period.du())
                .param("au", period.au())
                .param("zone", kind.code())
                .param("limit", limit)
                .query(new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Count.class))
                .list();
    }

    /** Searches by normalised query; {@code zeroOnly} keeps those that found nothing at least once. */
    public List<Search> searches(Collection<Long> portals, Period period, boolean zeroOnly, int limit) {
        return jdbc.sql("""
                SELECT cible AS requete,
                       sum(vues) FILTER (WHERE zone = 'recherche') AS recherches,
                       sum(sans_resultat) FILTER (WHERE zone = 'recherche') AS sans_resultat,
                       coalesce(sum(vues) FILTER (WHERE zone = 'clic-recherche'), 0) AS clics
                FROM audience_jour
                WHERE collectivite_id IN (:ids) AND jour BETWEEN :du AND :au AND zone IN ('recherche', 'clic-recherche')
                GROUP BY 1
                HAVING sum(vues) FILTER (WHERE zone = 'recherche') > 0 %s
                ORDER BY %s DESC, 2 DESC, 1 LIMIT :limit
                """.formatted(
                                zeroOnly ? "AND sum(sans_resultat) FILTER (WHERE zone = 'recherche') > 0" : "",
                                zeroOnly ? "3" : "2"))
                .param("ids", ids(portals))
                .param("du", period.du())
                .param("au", period.au())
                .param("limit", limit)
                .query(new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Search.class))
                .list();
    }

    /** Whether the period holds generated (demo) days, which the dashboard must say. */
    public boolean generated(Collection<Long> portals, Period period) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audience_visites_jour WHERE collectivite_id IN (:ids)"
                        + " AND jour BETWEEN :du AND :au AND genere)")
                .param("ids", ids(portals))
                .param("du", period.du())
                .param("au", period.au())
                .query((rs, n) -> rs.getBoolean(1))
                .single();
    }

    /**
     * The visits of these portals in the period, by collectivité id; a portal without a visit is absent (the
     * caller, who has the list of portals from tenant's API, counts it as 0).
     */
    public Map<Long, Long> visitsByPortal(Collection<Long> portals, Period period) {
        return jdbc
                .sql("""
                SELECT collectivite_id, sum(visites) FROM audience_visites_jour
                WHERE collectivite_id = any(cast(:ids as bigint[])) AND jour BETWEEN :du AND :au
                GROUP BY collectivite_id
                """)
                .param("ids", portals.toArray(Long[]::new))
                .param("du", period.du())
                .param("au", period.au())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Views of one target (a school's page) per step of the period, on every portal that shows it. */
    public List<Count> viewsOf(PageKind kind, String cible, Period period) {
        return jdbc.sql("""
                SELECT to_char(date_trunc('%s', jour), 'YYYY-MM-DD') AS code, sum(vues) AS vues FROM audience_jour
                WHERE zone = :zone AND cible = :cible AND jour BETWEEN :du AND :au GROUP BY 1 ORDER BY 1
                """.formatted(period.unit()))
                .param("zone", kind.code())
                .param("cible", cible)
                .param("du", period.du())
                .param("au", period.au())
                .query(new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Count.class))
                .list();
    }

    private static List<Long> ids(Collection<Long> portals) {
        // IN () is not SQL: an empty set matches no portal.
        return portals.isEmpty() ? List.of(-1L) : List.copyOf(portals);
    }
}
