package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of school directors by e-mail: a random link, single use, that expires. Only the
 * token's SHA-256 is stored, so that a copy of the database opens no account.
 */
@Service
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final StaffUsers users;
    private final Duration validity;
    private final String publicUrl;

    Invitations(JdbcClient jdbc, Outbox outbox, StaffUsers users,
            @Value("${portail.rubriques.invitation-validite:P14D}") Duration validity,
            @Value("${portail.url-publique:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.users = users;
        this.validity = validity;
        this.publicUrl = publicUrl;
    }

    /** A pending invitation, as the invited person sees it. */
    public record Pending(long id, long collectiviteId, String etablissement, String email, Instant expireLe) {}

    /** Creates the invitation and writes the e-mail; returns the raw token (only ever in the mail). */
    @Transactional
    public String invite(Collectivite collectivite, Establishment etablissement, String email, long by) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("""
                insert into invitation_directeur (collectivite_id, etablissement, email, token_hash, expire_le, cree_par)
                values (:c, :e, :email, :hash, :expire, :by)""")
                .param("c", collectivite.id()).param("e", etablissement.key()).param("email", email.strip())
                .param("hash", hash(token)).param("expire", java.sql.Timestamp.from(Instant.now().plus(validity)))
                .param("by", by).update();
        outbox.send(collectivite.id(), email.strip(), "Invitation : la page de " + etablissement.nom(), """
                Bonjour,

                %s vous invite à compléter la page de %s sur le portail « Mon enfant à l'école ».
                Vous y rédigez les rubriques choisies par la collectivité ; la mairie les valide avant leur publication.

                Pour créer votre accès (ou le relier à votre compte existant), ouvrez ce lien personnel :
                %s/admin/invitation/%s

                Ce lien ne sert qu'une fois et expire dans %d jours. Si vous n'êtes pas concerné(e), ignorez ce message.

                — %s
                """.formatted(collectivite.nom(), etablissement.nom(), publicUrl, token, validity.toDays(),
                collectivite.nom()), token);
        return token;
    }

    /** Pending invitations of this address for an establishment can no longer be used. */
    public int cancel(long collectiviteId, String etablissement, String email) {
        return jdbc.sql("""
                update invitation_directeur set expire_le = least(expire_le, now())
                 where collectivite_id = :c and etablissement = :e and lower(email) = lower(:email) and utilisee_le is null""")
                .param("c", collectiviteId).param("e", etablissement).param("email", email).update();
    }

    /** A valid invitation for this token: unused and not expired. */
    public Optional<Pending> find(String token) {
        return jdbc.sql("""
                select id, collectivite_id, etablissement, email, expire_le from invitation_directeur
                 where token_hash = :hash and utilisee_le is null and expire_le > now()""")
                .param("hash", hash(token)).query(Pending.class).optional();
    }

    public boolean accountExists(Pending invitation) {
        return users.exists(invitation.email());
    }

    /**
     * Uses the invitation, once: creates the account (or keeps the existing one) and makes it the
     * establishment's director. Empty when the link was already used or has expired.
     */
    @Transactional
    public Optional<Pending> accept(String token, @Nullable String nom, @Nullable String password) {
        var claimed = jdbc.sql("""
                update invitation_directeur set utilisee_le = now()
                 where token_hash = :hash and utilisee_le is null and expire_le > now()
                returning id, collectivite_id, etablissement, email, expire_le""")
                .param("hash", hash(token)).query(Pending.class).optional();
        claimed.ifPresent(inv -> {
            long userId = users.idOf(inv.email()).orElseGet(() -> users.create(inv.email(),
                    nom == null ? inv.email() : nom, password == null ? randomPassword() : password));
            users.grantDirector(userId, inv.collectiviteId(), inv.etablissement());
        });
        return claimed;
    }

    /** The invitations not yet used for one establishment. */
    public java.util.List<Pending> pending(long collectiviteId, String etablissement) {
        return jdbc.sql("""
                select id, collectivite_id, etablissement, email, expire_le from invitation_directeur
                 where collectivite_id = :c and etablissement = :e and utilisee_le is null and expire_le > now()
                 order by created_at desc""")
                .param("c", collectiviteId).param("e", etablissement).query(Pending.class).list();
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().encodeToString(random);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
