package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.web.PublicLinks;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password: a link by e-mail, single use, valid a short while, of which only the SHA-256
 * is stored. Asking says the same whether or not the address has an account; requests are counted per
 * address (silently) and per client address (said), so that nobody floods a mailbox or the outbox.
 */
@Service
public class PasswordResets {

    /**
     * A link to send, published inside the transaction: the mail module queues it in its outbox (the
     * accounts do not depend on the mail, which depends on them).
     */
    public record LinkRequested(String email, String link, String token, long validityMinutes) {}

    /** What became of a request, as far as the person asking may know. */
    public enum Outcome {
        ANSWERED,
        TOO_MANY_FROM_HERE
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Passwords passwords;
    private final Duration validity;
    private final int perAddress;
    private final int perClient;
    private final PublicLinks links;

    PasswordResets(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Passwords passwords,
            @Value("${portail.mot-de-passe.lien-validite:PT30M}") Duration validity,
            @Value("${portail.mot-de-passe.demandes-par-adresse:3}") int perAddress,
            @Value("${portail.mot-de-passe.demandes-par-client:10}") int perClient,
            PublicLinks links) {
        this.jdbc = jdbc;
        this.events = events;
        this.passwords = passwords;
        this.validity = validity;
        this.perAddress = perAddress;
        this.perClient = perClient;
        this.links = links;
    }

    /** Queues a reset link when the address has an active account and neither count is exceeded. */
    @Transactional
    public Outcome request(String email, String clientAddress) {
        // The same login rule as the sign-in: an address that would not log in opens no reset either.
        var login = LoginName.normalise(email);
        if (login.isEmpty()) {
            return Outcome.ANSWERED;
        }
        String address = login.get();
        jdbc.sql("delete from demande_mot_de_passe where created_at < now() - interval '1 day'")
                .update();
        String clientKey = SecretTokens.hash("client:" + clientAddress);
        if (count(clientKey) >= perClient) {
            return Outcome.TOO_MANY_FROM_HERE;
        }
        String addressKey = SecretTokens.hash("email:" + address);
        boolean addressQuiet = count(addressKey) < perAddress;
        jdbc.sql("insert into demande_mot_de_passe (cle) values (:a), (:c)")
                .param("a", addressKey)
                .param("c", clientKey)
                .update();
        if (addressQuiet) {
            jdbc.sql("select id, email from staff_user where login = :login and enabled")
                    .param("login", address)
                    .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("email")))
                    .optional()
                    .ifPresent(this::sendLink);
        }
        return Outcome.ANSWERED;
    }

    /** The account a valid link opens. */
    public Optional<Long> find(String token) {
        return jdbc.sql("""
                select user_id from jeton_mot_de_passe
                 where token_hash = :hash and utilise_le is null and expire_le > now()""")
                .param("hash", SecretTokens.hash(token))
                .query(Long.class)
                .optional();
    }

    /** Uses the link, once: sets the password, voids the account's other links, ends all its sessions. */
    @Transactional
    public boolean reset(String token, String newPassword) {
        var user = jdbc.sql("""
                update jeton_mot_de_passe set utilise_le = now()
                 where token_hash = :hash and utilise_le is null and expire_le > now() returning user_id""")
                .param("hash", SecretTokens.hash(token))
                .query(Long.class)
                .optional();
        user.ifPresent(id -> {
            jdbc.sql("update jeton_mot_de_passe set utilise_le = now() where user_id = :id and utilise_le is null")
                    .param("id", id)
                    .update();
            passwords.change(id, newPassword, null);
        });
        return user.isPresent();
    }

    private record Account(long id, String email) {}

    private int count(String key) {
        return jdbc.sql(
                        "select count(*) from demande_mot_de_passe where cle = :k and created_at > now() - interval '1 hour'")
                .param("k", key)
                .query(Integer.class)
                .single();
    }

    private void sendLink(Account account) {
        String token = SecretTokens.generate();
        jdbc.sql("insert into jeton_mot_de_passe (user_id, token_hash, expire_le) values (:u, :h, :e)")
                .param("u", account.id())
                .param("h", SecretTokens.hash(token))
                .param("e", Timestamp.from(Instant.now().plus(validity)))
                .update();
        events.publishEvent(new LinkRequested(
                account.email(),
                links.link("/admin/mot-de-passe/nouveau?jeton=" + token),
                token,
                validity.toMinutes()));
    }
}
