package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.LoginName;
import fr.monenfantalecole.portail.account.SecretTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A responsable invites the other responsable légal of some children: the link, sent by e-mail, is
 * valid {@link #VALIDITY} and once; the person who opens it signs in (or signs up) with the address
 * it was sent to, and then both see and edit the shared children.
 */
@Repository
public class FamilyInvitations {

    public static final Duration VALIDITY = Duration.ofDays(7);

    /** An invitation as the page of its link shows it. */
    public record Pending(
            long id,
            long deAdulteId,
            String de,
            String email,
            String enfants,
            Instant expireLe,
            @Nullable Instant utiliseeLe,
            @Nullable Instant annuleeLe) {

        public boolean ouverte(Instant now) {
            return utiliseeLe == null && annuleeLe == null && expireLe.isAfter(now);
        }
    }

    private static final String SELECT = """
            select i.id, i.de_adulte_id, a.prenoms || ' ' || a.nom as de, i.email,
                   (select string_agg(e.prenoms, ', ' order by e.date_naissance) from famille_invitation_enfant ie
                      join famille_enfant e on e.id = ie.enfant_id where ie.invitation_id = i.id) as enfants,
                   i.expire_le, i.utilisee_le, i.annulee_le
              from famille_invitation i join famille_adulte a on a.id = i.de_adulte_id""";

    private final JdbcClient jdbc;

    FamilyInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an open invitation from this adult to that address already exists. */
    public boolean alreadyInvited(long fromAdult, String email) {
        return jdbc.sql("""
                        select count(*) from famille_invitation where de_adulte_id = :from and login = :login
                           and utilisee_le is null and annulee_le is null and expire_le > now()""")
                        .param("from", fromAdult)
                        .param("login", LoginName.normalise(email).orElse(""))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the invitation and returns the token of its link (only its hash is kept). */
    @Transactional
    public String create(long fromAdult, String email, List<Long> childIds) {
        String token = SecretTokens.generate();
        long id = jdbc.sql("""
                insert into famille_invitation (jeton_hash, de_adulte_id, email, expire_le)
                values (:hash, :from, :email, now() + make_interval(secs => :secs)) returning id""")
                .param("hash", SecretTokens.hash(token))
                .param("from", fromAdult)
                .param("email", email)
                .param("secs", VALIDITY.toSeconds())
                .query(Long.class)
                .single();
        for (long child : childIds) {
            jdbc.sql("insert into famille_invitation_enfant (invitation_id, enfant_id) values (:id, :child)")
                    .param("id", id)
                    .param("child", child)
                    .update();
        }
        return token;
    }

    public Optional<Pending> byToken(String token) {
        return jdbc.sql(SELECT + " where i.jeton_hash = :hash")
                .param("hash", SecretTokens.hash(token))
                .query(new SimplePropertyRowMapper<>(Pending.class))
                .optional();
    }

    public List<Pending> sentBy(long adultId) {
        return jdbc.sql(SELECT + " where i.de_adulte_id = :adult order by i.cree_le desc")
                .param("adult", adultId)
                .query(new SimplePropertyRowMapper<>(Pending.class))
                .list();
    }

    public List<Long> children(long invitationId) {
        return jdbc.sql("select enfant_id from famille_invitation_enfant where invitation_id = :id")
                .param("id", invitationId)
                .query((rs, n) -> rs.getLong(1))
                .list();
    }

    /** Marks the invitation used; false when it was used, cancelled or expired in the meantime. */
    public boolean markUsed(long invitationId) {
        return jdbc.sql("""
                        update famille_invitation set utilisee_le = now()
                         where id = :id and utilisee_le is null and annulee_le is null and expire_le > now()""").param("id", invitationId).update() == 1;
    }

    /** Cancels one of the adult's own invitations; false for anyone else's. */
    public boolean cancel(long adultId, long invitationId) {
        return jdbc.sql("""
                        update famille_invitation set annulee_le = now()
                         where id = :id and de_adulte_id = :adult and utilisee_le is null and annulee_le is null""").param("id", invitationId).param("adult", adultId).update() == 1;
    }
}
