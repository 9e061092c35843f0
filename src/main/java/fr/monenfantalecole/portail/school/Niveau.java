package fr.monenfantalecole.portail.school;

import java.util.Optional;

/** What parents look for: the kind of school by the age of their child. */
public enum Niveau {
    MATERNELLE("maternelle", "École maternelle"),
    ELEMENTAIRE("elementaire", "École élémentaire"),
    PRIMAIRE("primaire", "École primaire (maternelle et élémentaire)"),
    COLLEGE("college", "Collège");

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
        for (Niveau n : values()) {
            if (n.code.equals(code)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
