package fr.monenfantalecole.portail.account;

/** What the back-office layout shows on every page: who is logged in, and the CSRF token to log out. */
public record AdminPage(
        String userName,
        boolean platformAdmin,
        boolean nationalEditor,
        String csrfParameter,
        String csrfToken,
        boolean schoolDirector) {

    public AdminPage(
            String userName, boolean platformAdmin, boolean nationalEditor, String csrfParameter, String csrfToken) {
        this(userName, platformAdmin, nationalEditor, csrfParameter, csrfToken, false);
    }
}
