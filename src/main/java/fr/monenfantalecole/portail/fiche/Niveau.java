package fr.monenfantalecole.portail.fiche;

import java.util.Optional;

/** The age a sheet is for; "tous" sheets show at every level. */
public enum Niveau {
    CRECHE("creche", "Avant l'école"),
    MATERNELLE("maternelle", "Maternelle"),
    ELEMENTAIRE("elementaire", "Élémentaire"),
    COLLEGE("college", "Collège"),
    TOUS("tous", "Tous âges");

    private final String code;
    private final String libelle;

    Niveau(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<Niveau> fromCode(String code) {
        for (var n : values()) {
            if (n.code.equals(code)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Whether a sheet of this level answers a parent looking at the given level. */
    public boolean matches(Niveau wanted) {
        return this == TOUS || this == wanted;
    }
}
