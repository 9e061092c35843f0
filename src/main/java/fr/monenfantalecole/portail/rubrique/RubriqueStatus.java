package fr.monenfantalecole.portail.rubrique;

/** Where a rubrique of one establishment stands, as the dashboard and the director see it. */
public enum RubriqueStatus {
    MANQUANTE("Manquante", "manquante"),
    BROUILLON("Brouillon", "brouillon"),
    SOUMISE("En attente de validation", "soumise"),
    A_REVOIR("À revoir", "a-revoir"),
    PUBLIEE("Publiée", "publiee");

    private final String libelle;
    private final String css;

    RubriqueStatus(String libelle, String css) {
        this.libelle = libelle;
        this.css = css;
    }

    public String libelle() {
        return libelle;
    }

    public String css() {
        return css;
    }
}
