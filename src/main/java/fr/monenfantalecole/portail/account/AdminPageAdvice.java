package fr.monenfantalecole.portail.account;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every back-office view the logged-in user, the CSRF token and the notices for them. */
@ControllerAdvice(annotations = AdminController.class)
class AdminPageAdvice {

    private final List<AdminNotices> notices;

    AdminPageAdvice(List<AdminNotices> notices) {
        this.notices = notices;
    }

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
                user.isSchoolDirector(),
                notices.stream().flatMap(n -> n.of(user).stream()).toList());
    }
}
