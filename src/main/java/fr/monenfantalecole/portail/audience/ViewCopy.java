package fr.monenfantalecole.portail.audience;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch of hashed views written by one {@code COPY … FROM STDIN} (CSV): PostgreSQL takes rows this way
 * for a fraction of what a batch of INSERTs costs it per row, and the database runs on the same cores as
 * the pages (bench/audience.sh reports its share).
 */
final class ViewCopy {

    private static final String COPY = "COPY audience_vue (jour, instant, collectivite_id, zone, cible, resultats,"
            + " canal, appareil, visiteur) FROM STDIN WITH (FORMAT csv)";

    private final StringBuilder csv = new StringBuilder(8192);
    private int rows;

    void add(LocalDate jour, PageView view, byte[] visitor) {
        csv.append(jour).append(',');
        csv.append(view.instant()).append(',');
        csv.append(view.collectiviteId()).append(',');
        quoted(view.kind().code()).append(',');
        quoted(view.cible()).append(',');
        @Nullable Integer resultats = view.resultats();
        if (resultats != null) {
            csv.append(resultats.intValue()); // empty and unquoted: NULL in CSV
        }
        csv.append(',');
        quoted(view.channel().code()).append(',');
        quoted(view.device().code()).append(',');
        csv.append("\\x").append(HexFormat.of().formatHex(visitor)).append('\n');
        rows++;
    }

    int rows() {
        return rows;
    }

    /** Writes the rows in one statement (its own transaction); returns how many. */
    long writeTo(JdbcTemplate jdbc) {
        if (rows == 0) {
            return 0;
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(COPY, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return copied == null ? 0 : copied;
    }

    /** A CSV field in double quotes (an empty string stays an empty string, not NULL), quotes doubled. */
    private StringBuilder quoted(String value) {
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }
}
