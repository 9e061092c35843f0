package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;

/**
 * A notice the back-office layout shows at the top of every page, such as a subscription that has
 * lapsed: what happened and what to do, with a link when the reader can act on it.
 */
public record AdminNotice(
        String text, @Nullable String link, @Nullable String linkText) {}
