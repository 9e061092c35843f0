package fr.monenfantalecole.portail.service;

import org.jspecify.annotations.Nullable;

/**
 * A link to one of the collectivité's online services or to an ENT.
 *
 * @param uai the school whose own ENT this is, null for the whole collectivité
 * @param publicVise who it is for, in words ("Familles des écoles publiques")
 */
public record LienService(
        long id,
        long collectiviteId,
        Type type,
        @Nullable String uai,
        String titre,
        String description,
        String publicVise,
        String url,
        int ordre) {

    public enum Type {
        TELESERVICE("Téléservice"),
        ENT("Espace numérique de travail (ENT)");

        private final String libelle;

        Type(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }
}
