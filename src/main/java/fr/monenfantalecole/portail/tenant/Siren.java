package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.web.SirenNumber;

/** The SIREN number of a French legal entity: nine digits with a Luhn check digit. */
final class Siren {

    private Siren() {}

    /** The rule of {@link SirenNumber}, the constraint that the forms declare. */
    public static boolean isValid(String value) {
        return SirenNumber.Check.isValid(value);
    }
}
