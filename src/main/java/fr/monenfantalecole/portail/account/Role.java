package fr.monenfantalecole.portail.account;

/** What a staff member may do, always granted for one collectivité (or the whole platform). */
public enum Role {
    /** The operator: every collectivité, platform settings. Granted without a collectivité. */
    PLATFORM_ADMIN("Administrateur de la plateforme"),
    /** Manages a collectivité (and, for an EPCI or a département, the collectivités below it). */
    COLLECTIVITE_ADMIN("Administrateur de la collectivité"),
    /**
     * Follows the school pages of a collectivité (and of those below it): chooses the rubriques,
     * invites directors, asks for updates, validates. Nothing else of the back office.
     */
    COLLECTIVITE_AGENT("Agent de la collectivité (pages d'établissement)"),
    /**
     * Directs one establishment: edits its rubriques and submits them to the collectivité that
     * invited them, which validates. Granted for a collectivité and an establishment.
     */
    SCHOOL_DIRECTOR("Directeur ou directrice d'établissement");

    private final String libelle;

    Role(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
