package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issued invoices and credit notes. There is no update here, and the database refuses one anyway
 * (trigger {@code facture_immuable}).
 */
@Repository
public class Invoices {

    private static final String COLUMNS = """
            id, collectivite_id, abonnement_id, nature, numero, facture_origine_id, emise_le, echeance, libelle,
            periode_debut, periode_fin, total_ht_cents, tva_cents, total_ttc_cents, taux_tva_centiemes,
            engagement_juridique, code_service""";
    private static final String SELECT = "select " + COLUMNS + " from facture ";

    private final JdbcClient jdbc;

    Invoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest issue day of the series in the year, if any was issued. */
    java.util.Optional<LocalDate> lastIssuedOn(Invoice.Nature nature, int year) {
        return jdbc.sql("select max(emise_le) from facture where nature = :nature and annee = :year")
                .param("nature", nature.name())
                .param("year", year)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    long add(
            long collectiviteId,
            long abonnementId,
            int year,
            int rank,
            Invoice.Nature nature,
            InvoiceDocument d,
            @Nullable Long origineId,
            FacturX.Written written) {
        return jdbc.sql("""
                insert into facture (collectivite_id, abonnement_id, nature, numero, annee, rang, facture_origine_id,
                       emise_le, echeance, libelle, periode_debut, periode_fin, total_ht_cents, tva_cents,
                       total_ttc_cents, taux_tva_centiemes, engagement_juridique, code_service, pdf, xml)
                values (:c, :a, :nature, :numero, :annee, :rang, :origine, :emise, :echeance, :libelle, :debut, :fin,
                        :ht, :tva, :ttc, :taux, :ej, :service, :pdf, :xml) returning id""")
                .param("c", collectiviteId)
                .param("a", abonnementId)
                .param("nature", nature.name())
                .param("numero", d.numero())
                .param("annee", year)
                .param("rang", rank)
                .param("origine", origineId)
                .param("emise", d.emiseLe())
                .param("echeance", d.echeance())
                .param("libelle", d.libelle())
                .param("debut", d.periodeDebut())
                .param("fin", d.periodeFin())
                .param("ht", d.amounts().htCents())
                .param("tva", d.amounts().tvaCents())
                .param("ttc", d.amounts().ttcCents())
                .param("taux", d.tauxTvaCentiemes())
                .param("ej", d.engagementJuridique())
                .param("service", d.codeService())
                .param("pdf", written.pdf())
                .param("xml", written.xml())
                .query((rs, n) -> rs.getLong(1))
                .single();
    }

    /** A document of this collectivité; another's id is not found. */
    public Invoice find(long collectiviteId, long id) {
        return jdbc.sql(SELECT + "where id = :id and collectivite_id = :c")
                .param("id", id)
                .param("c", collectiviteId)
                .query(new SimplePropertyRowMapper<>(Invoice.class))
                .optional()
                .orElseThrow(() -> new NotFoundException("Facture introuvable"));
    }

    /** Any document: for the operator's pages only. */
    public Invoice find(long id) {
        return jdbc.sql(SELECT + "where id = :id")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(Invoice.class))
                .optional()
                .orElseThrow(() -> new NotFoundException("Facture introuvable"));
    }

    public List<Invoice> of(long collectiviteId) {
        return jdbc.sql(SELECT + "where collectivite_id = :c order by emise_le desc, id desc")
                .param("c", collectiviteId)
                .query(new SimplePropertyRowMapper<>(Invoice.class))
                .list();
    }

    public List<Invoice> ofSubscription(long abonnementId) {
        return jdbc.sql(SELECT + "where abonnement_id = :a order by id")
                .param("a", abonnementId)
                .query(new SimplePropertyRowMapper<>(Invoice.class))
                .list();
    }

    public List<Invoice> issuedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + "where emise_le between :from and :to order by annee, nature, rang")
                .param("from", from)
                .param("to", to)
                .query(new SimplePropertyRowMapper<>(Invoice.class))
                .list();
    }

    public List<Invoice> creditNotesOf(long invoiceId) {
        return jdbc.sql(SELECT + "where facture_origine_id = :id order by id")
                .param("id", invoiceId)
                .query(new SimplePropertyRowMapper<>(Invoice.class))
                .list();
    }

    public byte[] pdf(long id) {
        return jdbc.sql("select pdf from facture where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    public String xml(long id) {
        return jdbc.sql("select xml from facture where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1))
                .single();
    }

    /**
     * What is left to pay on each invoice: TTC, less its credit notes and payments; only invoices with
     * something left, oldest due date first.
     */
    public List<Balance> unpaid() {
        return jdbc.sql("""
                select f.id as invoice_id, f.collectivite_id, f.numero, f.echeance, f.total_ttc_cents
                       - coalesce((select sum(a.total_ttc_cents) from facture a where a.facture_origine_id = f.id), 0)
                       - coalesce((select sum(p.montant_cents) from paiement p where p.facture_id = f.id), 0) as du_cents
                  from facture f
                 where f.nature = 'FACTURE'
                 order by f.echeance, f.id""").query(new SimplePropertyRowMapper<>(Balance.class)).list().stream()
                .filter(b -> b.duCents() > 0)
                .toList();
    }

    /** The amount an invoice still waits for. */
    public record Balance(long invoiceId, long collectiviteId, String numero, LocalDate echeance, long duCents) {}
}
