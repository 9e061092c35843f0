package fr.monenfantalecole.portail.periscolaire;

/** The kinds of periscolaire activity; a cantine day is a meal for the kitchen. */
public enum ActivityType {
    CANTINE("Cantine", true),
    ACCUEIL_MATIN("Accueil du matin", false),
    ACCUEIL_SOIR("Accueil du soir", false),
    MERCREDI("Mercredi", true),
    VACANCES("Vacances", true);

    private final String libelle;
    private final boolean repas;

    ActivityType(String libelle, boolean repas) {
        this.libelle = libelle;
        this.repas = repas;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether a booked day is a meal the kitchen prepares (the mercredi and vacances days include lunch). */
    public boolean repas() {
        return repas;
    }
}
