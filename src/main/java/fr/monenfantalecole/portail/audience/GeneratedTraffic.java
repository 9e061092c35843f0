package fr.monenfantalecole.portail.audience;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily counts made up for the demo, written as such ({@code genere}): the dashboards say so. Written in
 * one statement per table (arrays unnested by PostgreSQL), so that a year of several portals takes a
 * fraction of a second.
 */
@Component
public class GeneratedTraffic {

    /** A generated line of {@code audience_jour}. */
    public record Row(
            long collectiviteId,
            LocalDate jour,
            PageKind kind,
            String cible,
            Channel channel,
            Device device,
            int vues,
            int visiteurs,
            int sansResultat) {}

    /** A generated day of a portal. */
    public record Total(long collectiviteId, LocalDate jour, int vues, int visites, int visiteurs) {}

    private final JdbcTemplate jdbc;

    GeneratedTraffic(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean present() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM audience_visites_jour WHERE genere)", Boolean.class));
    }

    @Transactional
    public void insert(List<Row> rows, List<Total> totals) {
        jdbc.execute((ConnectionCallback<Integer>) c -> {
            try (var insert = c.prepareStatement("""
                    INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs,
                                               sans_resultat, genere)
                    SELECT *, true FROM unnest(?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[],
                                               ?::int[], ?::int[], ?::int[])
                    """)) {
                insert.setArray(1, c.createArrayOf("bigint", column(rows, Row::collectiviteId)));
                insert.setArray(2, c.createArrayOf("date", column(rows, r -> Date.valueOf(r.jour()))));
                insert.setArray(
                        3, c.createArrayOf("text", column(rows, r -> r.kind().code())));
                insert.setArray(4, c.createArrayOf("text", column(rows, Row::cible)));
                insert.setArray(
                        5, c.createArrayOf("text", column(rows, r -> r.channel().code())));
                insert.setArray(
                        6, c.createArrayOf("text", column(rows, r -> r.device().code())));
                insert.setArray(7, c.createArrayOf("integer", column(rows, Row::vues)));
                insert.setArray(8, c.createArrayOf("integer", column(rows, Row::visiteurs)));
                insert.setArray(9, c.createArrayOf("integer", column(rows, Row::sansResultat)));
                insert.executeUpdate();
            }
            try (var insert = c.prepareStatement("""
                    INSERT INTO audience_visites_jour (collectivite_id, jour, vues, visites, visiteurs, genere)
                    SELECT *, true FROM unnest(?::bigint[], ?::date[], ?::int[], ?::int[], ?::int[])
                    """)) {
                insert.setArray(1, c.createArrayOf("bigint", column(totals, Total::collectiviteId)));
                insert.setArray(2, c.createArrayOf("date", column(totals, t -> Date.valueOf(t.jour()))));
                insert.setArray(3, c.createArrayOf("integer", column(totals, Total::vues)));
                insert.setArray(4, c.createArrayOf("integer", column(totals, Total::visites)));
                insert.setArray(5, c.createArrayOf("integer", column(totals, Total::visiteurs)));
                return insert.executeUpdate();
            }
        });
    }

    private static <T> Object[] column(List<T> rows, Function<T, Object> value) {
        return rows.stream().map(value).toArray();
    }
}
