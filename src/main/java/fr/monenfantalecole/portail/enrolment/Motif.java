package fr.monenfantalecole.portail.enrolment;

import java.util.Optional;

/** The reasons a family may give for a dérogation; each collectivité offers those it accepts. */
public enum Motif {
    FRATRIE("Un frère ou une sœur est déjà scolarisé dans cette école"),
    ASSISTANTE_MATERNELLE("L'assistante maternelle ou la personne qui garde l'enfant habite près de cette école"),
    TRAVAIL("Le lieu de travail d'un parent est près de cette école"),
    SANTE("Raison de santé"),
    AUTRE("Autre raison");

    private final String libelle;

    Motif(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<Motif> of(String code) {
        for (Motif m : values()) {
            if (m.name().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
