package fr.monenfantalecole.portail.periscolaire;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quotient familial a family declares for its prices: typed from its CAF letter or computed with the
 * portal's calculator. The portal does not check it; it is shown everywhere as declared.
 */
@Repository
public class Quotients {

    public enum Origine {
        CAF("quotient CAF déclaré"),
        CALCULE("quotient calculé sur le portail, déclaré");

        private final String libelle;

        Origine(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    public record Declared(long quotientCentimes, Origine origine, Instant declareLe) {}

    private final JdbcClient jdbc;

    Quotients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Declared> of(long adultId) {
        return jdbc.sql("select quotient_centimes, origine, declare_le from peri_quotient where adulte_id = :a")
                .param("a", adultId)
                .query((rs, n) -> new Declared(
                        rs.getLong("quotient_centimes"),
                        Origine.valueOf(rs.getString("origine")),
                        rs.getTimestamp("declare_le").toInstant()))
                .optional();
    }

    /** Days already booked keep the price they were booked at; the new quotient prices the next ones. */
    public void declare(long adultId, long cents, Origine origine) {
        jdbc.sql("""
                insert into peri_quotient (adulte_id, quotient_centimes, origine) values (:a, :q, :o)
                on conflict (adulte_id) do update set quotient_centimes = excluded.quotient_centimes,
                       origine = excluded.origine, declare_le = now()""")
                .param("a", adultId)
                .param("q", cents)
                .param("o", origine.name())
                .update();
    }
}
