package fr.monenfantalecole.portail.fiche;

import java.util.Optional;

/**
 * Which sheet: a national one by its catalogue code, or one a collectivité wrote by its id. Both
 * kinds share the URLs and the JSON fields as one reference string ({@link #ref()}: "CAN-001",
 * "L12"); code passes the key so the two can never be confused.
 */
public sealed interface FicheKey {

    /** The reference of URLs and JSON: the code, or "L" and the local sheet's id. */
    String ref();

    /** A national sheet of the catalogue ("CAN-001"). */
    record National(String code) implements FicheKey {
        @Override
        public String ref() {
            return code;
        }
    }

    /** A sheet one collectivité wrote for its own portal. */
    record Local(long id) implements FicheKey {
        @Override
        public String ref() {
            return "L" + id;
        }
    }

    /** The key a reference names, with or without the title's slug after it ("CAN-001-la-cantine"). */
    static Optional<FicheKey> parse(String ref) {
        var national = FicheRefs.NATIONAL.matcher(ref);
        if (national.matches()) {
            return Optional.of(new National(national.group(1)));
        }
        var local = FicheRefs.LOCAL.matcher(ref);
        if (local.matches()) {
            return Optional.of(new Local(Long.parseLong(local.group(1))));
        }
        return Optional.empty();
    }
}
