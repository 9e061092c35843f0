package fr.monenfantalecole.portail.tenant;

/** The three kinds of collectivité that subscribe to the portal. */
public enum CollectiviteType {
    COMMUNE("Commune"),
    EPCI("Intercommunalité"),
    DEPARTEMENT("Département");

    private final String libelle;

    CollectiviteType(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
