package fr.monenfantalecole.portail.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A staff account a {@link World} created, with its grant: log it in for MockMvc with {@link #mvc()},
 * or through the login form ({@code Browser.logIn}, {@code WebClient.signIn}) with its e-mail and
 * {@link World#PASSWORD}.
 */
public record Account(long id, String email, Staff staff) {

    /** Logged in for a MockMvc request, with the grants it has in the database now. */
    public RequestPostProcessor mvc() {
        return staff.as(email);
    }

    public String password() {
        return World.PASSWORD;
    }
}
