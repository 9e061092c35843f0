package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.SecretTokens;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Invitations of school directors by e-mail: a random link, single use, that expires. Only the
 * token's SHA-256 is stored, so that a copy of the database opens no account; the link itself is only
 * in the e-mail (masked in the outbox, in the query string, which the request log leaves out). An
 * invitation for an address that has an account is accepted only by that account, signed in; for a
 * new address, the person invited chooses their password.
 */
@Service
public class Invitations {

    /** Rows read as records: a row is never null, whatever a one-column query may return. */
    private static final RowMapper<Pending> PENDING = new SimplePropertyRowMapper<>(Pending.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final StaffUsers users;
    private final Duration validity;
    private final String publicUrl;
    private final Clock clock;

    Invitations(
            JdbcClient jdbc,
            Outbox outbox,
            StaffUsers users,
            Clock clock,
            @Value("${portail.rubriques.invitation-validite:P14D}") Duration validity,
            @Value("${portail.url-publique:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.users = users;
        this.validity = validity;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** A pending invitation, as the invited person sees it. */
    public record Pending(long id, long collectiviteId, String etablissement, String email, Instant expireLe) {}

    /**
     * Creates the invitation and queues the e-mail, which leaves after the transaction commits; returns
     * the raw token (only ever in the mail).
     */
    @Transactional
    public String invite(Collectivite collectivite, SchoolPage etablissement, String email, long by) {
        String token = SecretTokens.generate();
        jdbc.sql("""
                insert into invitation_directeur (collectivite_id, etablissement, email, token_hash, expire_le, cree_par)
                values (:c, :e, :email, :hash, :expire, :by)""")
                .param("c", collectivite.id())
                .param("e", etablissement.key())
                .param("email", email.strip())
                .param("hash", hash(token))
                .param("expire", java.sql.Timestamp.from(Instant.now(clock).plus(validity)))
                .param("by", by)
                .update();
        outbox.send(
                collectivite.id(),
                email.strip(),
                "Invitation : la page " + SchoolNames.de(etablissement.nom()),
                """
                Bonjour,

                %s vous invite à compléter la page %s sur le portail « Mon enfant à l'école ».
                Vous y rédigez les rubriques choisies par la collectivité ; la mairie les valide avant leur publication.

                Pour créer votre accès (ou le relier à votre compte existant), ouvrez ce lien personnel :
                %s/admin/invitation?jeton=%s

                Ce lien ne sert qu'une fois et expire dans %d jours. Si vous n'êtes pas concerné(e), ignorez ce message.

                — %s
                """.formatted(
                                collectivite.nom(),
                                SchoolNames.de(etablissement.nom()),
                                publicUrl,
                                token,
                                validity.toDays(),
                                collectivite.nom()),
                token);
        return token;
    }

    /** Pending invitations of this address for an establishment can no longer be used. */
    public int cancel(long collectiviteId, String etablissement, String email) {
        return jdbc.sql("""
                update invitation_directeur set expire_le = least(expire_le, now())
                 where collectivite_id = :c and etablissement = :e and lower(email) = lower(:email) and utilisee_le is null""")
                .param("c", collectiviteId)
                .param("e", etablissement)
                .param("email", email)
                .update();
    }

    /** A valid invitation for this token: unused and not expired. */
    public Optional<Pending> find(String token) {
        return jdbc.sql("""
                select id, collectivite_id, etablissement, email, expire_le from invitation_directeur
                 where token_hash = :hash and utilisee_le is null and expire_le > now()""").param("hash", hash(token)).query(Pending.class).optional();
    }

    public boolean accountExists(Pending invitation) {
        return users.exists(invitation.email());
    }

    /**
     * Uses the invitation of a new address, once: creates the account with the password its owner
     * chose and makes it the establishment's director. Empty when the link was already used, has
     * expired, or its address has an account by now (then only that account may accept it).
     */
    @Transactional
    public Optional<Pending> acceptAsNewAccount(String token, String nom, String password) {
        var claimed = claim(token);
        if (claimed.isEmpty() || users.idOf(claimed.get().email()).isPresent()) {
            return unclaimed();
        }
        var inv = claimed.get();
        users.grantDirector(users.create(inv.email(), nom, password), inv.collectiviteId(), inv.etablissement());
        return claimed;
    }

    /**
     * Uses the invitation for the account signed in, once: only when it is the account of the invited
     * address. Empty otherwise (and the invitation stays usable by the right account).
     */
    @Transactional
    public Optional<Pending> acceptAs(String token, long signedInUserId) {
        var claimed = claim(token);
        if (claimed.isEmpty() || users.idOf(claimed.get().email()).orElse(-1L) != signedInUserId) {
            return unclaimed();
        }
        users.grantDirector(
                signedInUserId, claimed.get().collectiviteId(), claimed.get().etablissement());
        return claimed;
    }

    /** The claim is undone: the invitation stays for the person it was meant for. */
    private static Optional<Pending> unclaimed() {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return Optional.empty();
    }

    private Optional<Pending> claim(String token) {
        return jdbc.sql("""
                update invitation_directeur set utilisee_le = now()
                 where token_hash = :hash and utilisee_le is null and expire_le > now()
                returning id, collectivite_id, etablissement, email, expire_le""").param("hash", hash(token)).query(Pending.class).optional();
    }

    /** The invitations not yet used for one establishment. */
    public java.util.List<Pending> pending(long collectiviteId, String etablissement) {
        return jdbc.sql("""
                select id, collectivite_id, etablissement, email, expire_le from invitation_directeur
                 where collectivite_id = :c and etablissement = :e and utilisee_le is null and expire_le > now()
                 order by created_at desc""")
                .param("c", collectiviteId)
                .param("e", etablissement)
                .query(PENDING)
                .list();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
