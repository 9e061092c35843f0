package fr.monenfantalecole.portail.rubrique;

import java.util.List;

/**
 * The rubriques that apply to a collectivité's establishments, and who chose them: the collectivité
 * itself or, when it chose none, the nearest collectivité above it that did (an EPCI for its member
 * communes, then the département).
 */
public record RubriqueSet(long ownerId, String ownerNom, boolean inherited, List<Rubrique> rubriques) {

    public RubriqueSet {
        rubriques = List.copyOf(rubriques);
    }

    public boolean contains(long rubriqueId) {
        return rubriques.stream().anyMatch(r -> r.id() == rubriqueId);
    }
}
