package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every back-office view the logged-in user and the CSRF token. */
@ControllerAdvice(annotations = AdminController.class)
class AdminPageAdvice {

    @ModelAttribute("page")
    @Nullable
    AdminPage page(@AuthenticationPrincipal @Nullable StaffPrincipal user, CsrfToken csrf) {
        if (user == null) {
            return null;
        }
        return new AdminPage(
                user.nom(),
                user.isPlatformAdmin(),
                user.isNationalEditor(),
                csrf.getParameterName(),
                csrf.getToken(),
                user.isSchoolDirector());
    }
}
