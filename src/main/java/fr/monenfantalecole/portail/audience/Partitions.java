package fr.monenfantalecole.portail.audience;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** The monthly partitions of {@code audience_vue}, named audience_vue_2026_12. */
final class Partitions {

    private static final Pattern NAME = Pattern.compile("audience_vue_(\\d{4})_(\\d{2})");

    private Partitions() {}

    static String name(YearMonth month) {
        return "audience_vue_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
    }

    static boolean exists(JdbcTemplate jdbc, YearMonth month) {
        return all(jdbc).contains(month);
    }

    static List<YearMonth> all(JdbcTemplate jdbc) {
        return jdbc
                .query(
                        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                                + " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'audience_vue'",
                        (rs, n) -> rs.getString(1))
                .stream()
                .map(NAME::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                .toList();
    }
}
