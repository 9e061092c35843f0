package fr.monenfantalecole.portail.agenda;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Addresses a calendar application or a search engine reads outside the page: with the request's origin. */
final class AbsoluteUrls {

    private AbsoluteUrls() {}

    static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String of(String path) {
        return origin() + path;
    }
}
