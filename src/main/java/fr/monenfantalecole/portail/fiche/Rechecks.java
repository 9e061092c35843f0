package fr.monenfantalecole.portail.fiche;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The editors' list "à revérifier à la rentrée": every yearly fact of the published national
 * sheets, the oldest validity first (a line whose year cannot be read comes first of all).
 */
@Repository
public class Rechecks {

    /** One fact to re-check, with its sheet and the first day its stated validity covers. */
    public record Row(
            String ficheId,
            String titre,
            YearlyFact fact,
            @Nullable LocalDate validFrom) {}

    private record Published(String ficheId, String titre, List<String> facts) {}

    private static final Comparator<Row> OLDEST_FIRST = Comparator.comparing(
                    Row::validFrom, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Row::ficheId);

    private final JdbcClient jdbc;

    Rechecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all() {
        return jdbc
                .sql("""
                        select f.id, v.titre, v.a_reverifier
                          from fiche f join fiche_version v on v.id = f.published_version_id
                         where cardinality(v.a_reverifier) > 0""")
                .query((rs, n) -> new Published(rs.getString("id"), rs.getString("titre"), lines(rs.getArray(3))))
                .list()
                .stream()
                .flatMap(p -> p.facts().stream().map(line -> row(p, line)))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    /** A line saved before the check existed still shows, whole, as its own "what", to be completed. */
    private static Row row(Published sheet, String line) {
        Optional<YearlyFact> parsed = YearlyFact.parse(line).fact();
        var fact = parsed.orElse(new YearlyFact(line, "", ""));
        return new Row(sheet.ficheId(), sheet.titre(), fact, fact.validFrom().orElse(null));
    }

    private static List<String> lines(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
