package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** Checks and changes a staff account's password; a change ends the account's other sessions. */
@Repository
class Passwords {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    Passwords(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public boolean matches(long userId, String raw) {
        var hash = jdbc.sql("select password_hash from staff_user where id = :id")
                .param("id", userId)
                .query(String.class)
                .optional();
        return hash.isPresent() && encoder.matches(raw, hash.get());
    }

    /**
     * Sets a new password (which {@link PasswordPolicy} accepted) and ends every session of the account
     * but {@code keptSessionId}: whoever used the old password elsewhere is signed out.
     */
    public void change(long userId, String raw, @Nullable String keptSessionId) {
        jdbc.sql("update staff_user set password_hash = :hash where id = :id")
                .param("hash", encoder.encode(raw))
                .param("id", userId)
                .update();
        jdbc.sql("""
                delete from spring_session
                 where lower(principal_name) = (select lower(email) from staff_user where id = :id)
                   and session_id is distinct from :kept""").param("id", userId).param("kept", keptSessionId).update();
    }
}
