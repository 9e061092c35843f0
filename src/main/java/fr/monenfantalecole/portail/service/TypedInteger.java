package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.web.WholeNumber;
import org.jspecify.annotations.Nullable;

/** A whole number as a visitor typed it in a form or a query parameter: null when it is not one. */
final class TypedInteger {

    private TypedInteger() {}

    /** The forms not yet on Bean Validation read their numbers the way {@link WholeNumber} checks them. */
    static @Nullable Integer parse(@Nullable String typed) {
        return WholeNumber.Check.parse(typed);
    }
}
