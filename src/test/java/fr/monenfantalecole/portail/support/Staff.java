package fr.monenfantalecole.portail.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logs an account in for MockMvc requests, with its real grants from the database: any account by
 * e-mail ({@link #as}), or the demo's ({@link #admin}, {@link #platform}). A test's own accounts come
 * from {@link Fixtures} ({@code w.admin().mvc()}).
 */
@Component
public class Staff {

    private final UserDetailsService users;

    Staff(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor admin(String slug) {
        return as("admin@" + slug + ".demo");
    }

    public RequestPostProcessor platform() {
        return as("plateforme@monenfant.demo");
    }

    public RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
