package fr.monenfantalecole.portail.service.web;

import org.jspecify.annotations.Nullable;

/** A whole number as a visitor typed it in a form or a query parameter: null when it is not one. */
final class TypedInteger {

    private TypedInteger() {}

    static @Nullable Integer parse(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
