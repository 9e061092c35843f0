package fr.monenfantalecole.portail.browser;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.support.World;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account of the national editorial team for a test's {@link World}, until {@code World} gives one:
 * made as {@code account.TestAccounts.editor} makes it (the grant "REDACTION", which is no {@code Role}: the
 * review chain names it), with {@link World#PASSWORD} for {@code Browser.logIn}. When the world closes, the
 * drafts it opened and did not send to review go (nothing else in the catalogue changes under a browser walk),
 * then the account with its grant and its journal lines; an account that wrote more than that (a version in
 * review) is disabled instead, as {@code World} does with its own.
 */
@Component
public class NationalEditors {

    /** Numbers the accounts: one that was disabled stays, and a later one must not collide with it. */
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private final StaffUsers users;
    private final JdbcClient jdbc;

    NationalEditors(StaffUsers users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A new editor, {@code redaction.N@<slug>.test}, removed when {@code w} closes; gives back its e-mail. */
    public String of(World w) {
        String email = "redaction." + ACCOUNTS.incrementAndGet() + "@" + w.slug() + ".test";
        long id = users.create(email, "Rédaction de " + w.nom(), World.PASSWORD);
        users.grant(id, "REDACTION", null);
        w.afterwards(() -> {
            jdbc.sql("delete from fiche_version where author_id = :id and status = 'BROUILLON'")
                    .param("id", id)
                    .update();
            forget(id);
        });
        return email;
    }

    /**
     * Removes, when {@code w} closes, an account the walk itself had made (a director who accepted an
     * invitation), as this class removes its editors.
     */
    void forgetWhenClosed(World w, String email) {
        w.afterwards(() -> jdbc.sql("select id from staff_user where email = :email")
                .param("email", email)
                .query(Long.class)
                .optional()
                .ifPresent(this::forget));
    }

    private void forget(long id) {
        jdbc.sql("delete from role_grant where user_id = :id").param("id", id).update();
        jdbc.sql("delete from audit_event where user_id = :id").param("id", id).update();
        try {
            jdbc.sql("delete from staff_user where id = :id").param("id", id).update();
        } catch (DataIntegrityViolationException e) {
            jdbc.sql("update staff_user set enabled = false where id = :id")
                    .param("id", id)
                    .update();
        }
    }
}
