package fr.monenfantalecole.portail.billing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments received, each against one invoice, with the reference of the public accountant's mandat. */
@Repository
public class Payments {

    private static final String SELECT = """
            select p.id, p.facture_id, f.numero, f.collectivite_id, p.recu_le, p.montant_cents, p.reference_mandat
              from paiement p join facture f on f.id = p.facture_id
            """;

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long invoiceId, LocalDate day, long cents, String mandat) {
        return jdbc.sql("""
                insert into paiement (facture_id, recu_le, montant_cents, reference_mandat)
                values (:f, :day, :cents, :mandat) returning id""")
                .param("f", invoiceId)
                .param("day", day)
                .param("cents", cents)
                .param("mandat", mandat)
                .query((rs, n) -> rs.getLong(1))
                .single();
    }

    public List<Payment> ofInvoice(long invoiceId) {
        return jdbc.sql(SELECT + " where p.facture_id = :f order by p.recu_le, p.id")
                .param("f", invoiceId)
                .query(new SimplePropertyRowMapper<>(Payment.class))
                .list();
    }

    public List<Payment> receivedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where p.recu_le between :from and :to order by p.recu_le, p.id")
                .param("from", from)
                .param("to", to)
                .query(new SimplePropertyRowMapper<>(Payment.class))
                .list();
    }

    /** One payment received. */
    public record Payment(
            long id,
            long factureId,
            String numero,
            long collectiviteId,
            LocalDate recuLe,
            long montantCents,
            String referenceMandat) {}
}
