package fr.monenfantalecole.portail.billing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next number of a series for a year. The counter row is incremented in the issuing
 * transaction and stays locked until it ends: a second issuer waits, then reads the committed
 * value (no duplicate); a rollback undoes the increment with the invoice (no gap). A PostgreSQL
 * sequence would not do: it hands out numbers that a rollback loses.
 */
@Component
class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(Invoice.Nature nature, int year) {
        return jdbc.sql("""
                insert into facture_compteur (serie, annee, dernier) values (:serie, :annee, 1)
                on conflict (serie, annee) do update set dernier = facture_compteur.dernier + 1
                returning dernier""")
                .param("serie", nature.serie())
                .param("annee", year)
                .query((rs, n) -> rs.getInt(1))
                .single();
    }

    static String format(Invoice.Nature nature, int year, int rank) {
        return "%s-%d-%05d".formatted(nature.serie(), year, rank);
    }
}
