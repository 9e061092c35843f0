package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quotes and the establishments each one counted. Every read by id names the collectivité or the operator. */
@Repository
class Quotes {

    private static final String SELECT = """
            select id, collectivite_id, tarif_version_id, debut, fin, mois_factures, total_ht_cents, tva_cents,
                   total_ttc_cents, created_at, accepte_le, engagement_juridique, code_service, siret_payeur,
                   adresse_payeur, courriel_facturation
              from devis
            """;

    private final JdbcClient jdbc;

    Quotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(Quote q, List<Quote.School> schools) {
        long id = jdbc.sql("""
                insert into devis (collectivite_id, tarif_version_id, debut, fin, mois_factures,
                                   total_ht_cents, tva_cents, total_ttc_cents)
                values (:c, :t, :debut, :fin, :mois, :ht, :tva, :ttc) returning id""")
                .param("c", q.collectiviteId())
                .param("t", q.tarifVersionId())
                .param("debut", q.debut())
                .param("fin", q.fin())
                .param("mois", q.moisFactures())
                .param("ht", q.totalHtCents())
                .param("tva", q.tvaCents())
                .param("ttc", q.totalTtcCents())
                .query((rs, n) -> rs.getLong(1))
                .single();
        for (var s : schools) {
            jdbc.sql(
                            "insert into devis_ecole (devis_id, uai, nom, type, compte, motif) values (:d, :uai, :nom, :type, :compte, :motif)")
                    .param("d", id)
                    .param("uai", s.uai())
                    .param("nom", s.nom())
                    .param("type", s.type())
                    .param("compte", s.compte())
                    .param("motif", s.motif())
                    .update();
        }
        return id;
    }

    /** A quote of this collectivité; another's id is not found. */
    public Quote find(long collectiviteId, long id) {
        return jdbc.sql(SELECT + " where id = :id and collectivite_id = :c")
                .param("id", id)
                .param("c", collectiviteId)
                .query(new SimplePropertyRowMapper<>(Quote.class))
                .optional()
                .orElseThrow(() -> new NotFoundException("Devis introuvable"));
    }

    /** Any quote: for the operator's pages only. */
    public Quote find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(Quote.class))
                .optional()
                .orElseThrow(() -> new NotFoundException("Devis introuvable"));
    }

    public List<Quote> of(long collectiviteId) {
        return jdbc.sql(SELECT + " where collectivite_id = :c order by id desc")
                .param("c", collectiviteId)
                .query(new SimplePropertyRowMapper<>(Quote.class))
                .list();
    }

    public List<Quote> recent(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit :limit")
                .param("limit", limit)
                .query(new SimplePropertyRowMapper<>(Quote.class))
                .list();
    }

    public List<Quote.School> schools(long quoteId) {
        return jdbc.sql(
                        "select uai, nom, type, compte, motif from devis_ecole where devis_id = :id order by compte desc, nom")
                .param("id", quoteId)
                .query(new SimplePropertyRowMapper<>(Quote.School.class))
                .list();
    }

    /** Records the order once: a quote already accepted keeps its first order. */
    boolean accept(long id, Quote.Order order) {
        return jdbc.sql("""
                update devis set accepte_le = :day, engagement_juridique = :ej, code_service = :service,
                       siret_payeur = :siret, adresse_payeur = :adresse, courriel_facturation = :courriel
                 where id = :id and accepte_le is null""")
                        .param("day", order.accepteLe())
                        .param("ej", order.engagementJuridique())
                        .param("service", order.codeService())
                        .param("siret", order.siretPayeur())
                        .param("adresse", order.adressePayeur())
                        .param("courriel", order.courrielFacturation())
                        .param("id", id)
                        .update()
                == 1;
    }
}
