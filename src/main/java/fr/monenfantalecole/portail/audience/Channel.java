package fr.monenfantalecole.portail.audience;

/** How a parent reached the page. */
public enum Channel {
    /** The collectivité's own host name (ecoles.fougeres.fr). */
    HOTE("Nom de domaine de la collectivité"),
    /** A fragment inserted by the embed script in the collectivité's site. */
    SCRIPT("Script intégré au site de la collectivité"),
    /** A page inside an iframe of the collectivité's site. */
    IFRAME("Cadre (iframe) du site de la collectivité"),
    /** The portal's own address (/fougeres/…). */
    DIRECT("Adresse du portail");

    private final String libelle;

    Channel(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
