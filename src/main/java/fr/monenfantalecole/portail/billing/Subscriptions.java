package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscription periods, and which portals the operator suspended. */
@Repository
public class Subscriptions {

    private static final String SELECT = """
            select id, collectivite_id, devis_id, debut, fin, renouvelle_id, avis_renouvellement_le from abonnement
            """;

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long collectiviteId, long devisId, LocalDate debut, LocalDate fin, @Nullable Long renouvelleId) {
        return jdbc.sql("""
                insert into abonnement (collectivite_id, devis_id, debut, fin, renouvelle_id)
                values (:c, :devis, :debut, :fin, :previous) returning id""")
                .param("c", collectiviteId)
                .param("devis", devisId)
                .param("debut", debut)
                .param("fin", fin)
                .param("previous", renouvelleId)
                .query((rs, n) -> rs.getLong(1))
                .single();
    }

    public Subscription find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(Subscription.class))
                .optional()
                .orElseThrow(() -> new NotFoundException("Abonnement introuvable"));
    }

    public Optional<Subscription> ofQuote(long devisId) {
        return jdbc.sql(SELECT + " where devis_id = :id")
                .param("id", devisId)
                .query(new SimplePropertyRowMapper<>(Subscription.class))
                .optional();
    }

    public List<Subscription> of(long collectiviteId) {
        return jdbc.sql(SELECT + " where collectivite_id = :c order by debut desc")
                .param("c", collectiviteId)
                .query(new SimplePropertyRowMapper<>(Subscription.class))
                .list();
    }

    /** The latest period of the collectivité, if it ever subscribed. */
    public Optional<Subscription> latest(long collectiviteId) {
        return of(collectiviteId).stream().findFirst();
    }

    /** Periods ending between the two days with no renewal yet, soonest first. */
    public List<Subscription> endingBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                 where fin between :from and :to
                   and not exists (select 1 from abonnement n where n.renouvelle_id = abonnement.id)
                 order by fin""")
                .param("from", from)
                .param("to", to)
                .query(new SimplePropertyRowMapper<>(Subscription.class))
                .list();
    }

    boolean markNoticeSent(long id, LocalDate day) {
        return jdbc.sql(
                                "update abonnement set avis_renouvellement_le = :day where id = :id and avis_renouvellement_le is null")
                        .param("day", day)
                        .param("id", id)
                        .update()
                == 1;
    }

    public boolean suspended(long collectiviteId) {
        return jdbc.sql("select count(*) from portail_suspendu where collectivite_id = :c")
                        .param("c", collectiviteId)
                        .query((rs, n) -> rs.getLong(1))
                        .single()
                > 0;
    }

    void suspend(long collectiviteId, boolean suspended) {
        jdbc.sql(
                        suspended
                                ? "insert into portail_suspendu (collectivite_id) values (:c) on conflict do nothing"
                                : "delete from portail_suspendu where collectivite_id = :c")
                .param("c", collectiviteId)
                .update();
    }
}
