package fr.monenfantalecole.portail.school;

import java.util.List;

/**
 * One establishment's page: the Annuaire's data presented cleanly (its official text kept), the map
 * settings, the collectivité's rubriques, and the school's agenda and ENT.
 */
public record SchoolPageView(
        Etablissement etablissement,
        String tuilesUrl,
        String attribution,
        List<SchoolPageSections.Section> sections,
        String agendaUrl,
        List<SchoolPageLinks.Link> liens) {

    /** The name as a reader expects it; {@link Etablissement#nom()} stays the official text. */
    public String nom() {
        return SchoolNames.typographic(etablissement.nom());
    }

    public SchoolAddress adresse() {
        return SchoolAddress.of(etablissement);
    }
}
