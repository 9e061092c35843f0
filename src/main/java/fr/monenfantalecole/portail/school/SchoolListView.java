package fr.monenfantalecole.portail.school;

import java.util.List;

/** The list page: results, the filters as chosen, and what can be chosen. */
public record SchoolListView(
        List<Etablissement> results,
        int total,
        List<Niveau> niveaux,
        List<CommuneOption> communes,
        String niveau,
        String secteur,
        String commune,
        String nom,
        String titre) {

    public boolean filtered() {
        return !niveau.isEmpty() || !secteur.isEmpty() || !commune.isEmpty() || !nom.isEmpty();
    }
}
