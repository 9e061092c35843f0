package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;

/**
 * Staff accounts a test makes for itself instead of the demo's: each with the test password and
 * one grant, on a collectivité of the test's own (none for the platform's roles).
 */
public final class TestAccounts {

    /** The password of every account made here: long enough for the login form's rule. */
    public static final String PASSWORD = "un mot de passe assez long 42";

    private TestAccounts() {}

    /** Creates the account (its e-mail as its name) with this grant, and gives back its e-mail. */
    public static String create(StaffUsers users, String email, Role role, @Nullable Long collectiviteId) {
        users.grant(users.create(email, email, PASSWORD), role, collectiviteId);
        return email;
    }

    /** A new admin of this collectivité, named after it ({@code admin-<id>@<slug>.test}): one per commune made. */
    public static String admin(StaffUsers users, long collectiviteId, String slug) {
        return create(users, "admin-" + collectiviteId + "@" + slug + ".test", Role.COLLECTIVITE_ADMIN, collectiviteId);
    }

    /** The director of this establishment, on behalf of this collectivité. */
    public static String director(StaffUsers users, String email, long collectiviteId, String uai) {
        users.grantDirector(users.create(email, email, PASSWORD), collectiviteId, uai);
        return email;
    }

    /** An account of the national editorial team (a grant that is no {@link Role}, as the review chain names it). */
    public static String editor(StaffUsers users, String email) {
        users.grant(users.create(email, email, PASSWORD), "REDACTION", null);
        return email;
    }
}
