package fr.monenfantalecole.portail.enrolment;

import java.util.List;

/**
 * Where a request stands. Each status lists the ones it may be reached from: the repository's
 * {@code update … where statut in (…)} is the guard, so two agents acting at once cannot both move it.
 */
public enum Statut {
    DEPOSEE("Déposée", List.of()),
    EN_COURS("En cours d'examen", List.of("DEPOSEE", "PIECES_DEMANDEES")),
    PIECES_DEMANDEES("Pièces demandées", List.of("DEPOSEE", "EN_COURS")),
    ACCEPTEE("Acceptée", List.of("DEPOSEE", "EN_COURS")),
    REFUSEE("Refusée", List.of("DEPOSEE", "EN_COURS", "PIECES_DEMANDEES"));

    private final String libelle;
    private final List<String> from;

    Statut(String libelle, List<String> from) {
        this.libelle = libelle;
        this.from = from;
    }

    public String libelle() {
        return libelle;
    }

    /** The statuses this one may follow. */
    public List<String> from() {
        return from;
    }

    public boolean reachableFrom(Statut current) {
        return from.contains(current.name());
    }

    /** Still in the mairie's hands: neither accepted nor refused. */
    public boolean open() {
        return this != ACCEPTEE && this != REFUSEE;
    }
}
