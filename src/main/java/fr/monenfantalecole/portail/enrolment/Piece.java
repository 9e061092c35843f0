package fr.monenfantalecole.portail.enrolment;

import java.util.Optional;

/** The proofs a collectivité may require; it chooses its list ({@link Offer}). */
public enum Piece {
    DOMICILE("Justificatif de domicile de moins de 3 mois"),
    LIVRET_FAMILLE("Livret de famille (pages des parents et de l'enfant) ou acte de naissance"),
    VACCINATIONS("Pages des vaccinations du carnet de santé"),
    CERTIFICAT_RADIATION("Certificat de radiation de l'école précédente"),
    JUGEMENT("Décision de justice sur la garde de l'enfant");

    private final String libelle;

    Piece(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** The form field of this proof. */
    public String champ() {
        return "piece_" + name();
    }

    public static Optional<Piece> of(String code) {
        for (Piece p : values()) {
            if (p.name().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
