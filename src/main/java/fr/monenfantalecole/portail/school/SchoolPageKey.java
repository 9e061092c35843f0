package fr.monenfantalecole.portail.school;

import java.util.Optional;

/**
 * Which school page: an establishment of the Annuaire by its UAI, or one a collectivité runs itself
 * (a centre de loisirs of the {@code rubrique} module) by its id. Both kinds share URLs, directors'
 * grants and rows as one reference string ({@link #ref()}: "0350001A", "L12"); code that hands a page
 * to another module passes the key, so the two can never be confused.
 */
public sealed interface SchoolPageKey {

    /** The reference of URLs, grants and rows: the UAI, or "L" and the local establishment's id. */
    String ref();

    /** An establishment of the Annuaire de l'éducation. */
    record Annuaire(String uai) implements SchoolPageKey {
        @Override
        public String ref() {
            return uai;
        }
    }

    /** An establishment the collectivité runs itself. */
    record Local(long id) implements SchoolPageKey {
        @Override
        public String ref() {
            return "L" + id;
        }
    }

    /** The key a reference names; a reference starting with "L" and no id after it names none. */
    static Optional<SchoolPageKey> parse(String ref) {
        if (!ref.startsWith("L")) {
            return Optional.of(new Annuaire(ref));
        }
        return ref.matches("L[0-9]{1,18}")
                ? Optional.of(new Local(Long.parseLong(ref.substring(1))))
                : Optional.empty();
    }
}
