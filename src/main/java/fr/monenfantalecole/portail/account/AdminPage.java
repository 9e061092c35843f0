package fr.monenfantalecole.portail.account;

import java.util.List;

/**
 * What the back-office layout shows on every page: who is logged in, the CSRF token to log out, and
 * the notices other modules have for them ({@link AdminNotices}).
 */
public record AdminPage(
        String userName,
        boolean platformAdmin,
        boolean nationalEditor,
        String csrfParameter,
        String csrfToken,
        boolean schoolDirector,
        List<AdminNotice> notices) {

    public AdminPage {
        notices = List.copyOf(notices);
    }

    public AdminPage(
            String userName,
            boolean platformAdmin,
            boolean nationalEditor,
            String csrfParameter,
            String csrfToken,
            boolean schoolDirector) {
        this(userName, platformAdmin, nationalEditor, csrfParameter, csrfToken, schoolDirector, List.of());
    }

    public AdminPage(
            String userName, boolean platformAdmin, boolean nationalEditor, String csrfParameter, String csrfToken) {
        this(userName, platformAdmin, nationalEditor, csrfParameter, csrfToken, false);
    }
}
