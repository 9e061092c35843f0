package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which catalogue fiches an editor is offered for a search that found nothing. */
class CatalogueSearchTest {

    private static Fiche fiche(String id, String question, String... requetes) {
        return new Fiche(id, "t", Niveau.TOUS, question, "", List.of(), List.of(requetes), null, null, null);
    }

    private final List<Fiche> catalogue = List.of(
            fiche("CAN-001", "Comment inscrire mon enfant à la cantine ?", "inscription cantine"),
            fiche("PER-002", "Garderie du mercredi : comment ça marche ?", "accueil mercredi", "centre de loisirs"),
            fiche("PER-003", "Quels sont les horaires de la garderie du matin ?"),
            fiche("TRA-001", "Le transport scolaire"));

    @Test
    void theFichesSharingMostWordsComeFirstWithoutAccentsOrCase() {
        assertThat(CatalogueSearch.matching(catalogue, "GARDERIE le Mercredi après-midi"))
                .extracting(Fiche::id)
                .containsExactly("PER-002", "PER-003");
        assertThat(CatalogueSearch.matching(catalogue, "centre loisirs"))
                .extracting(Fiche::id)
                .containsExactly("PER-002");
    }

    @Test
    void smallWordsAloneMatchNothing() {
        assertThat(CatalogueSearch.matching(catalogue, "comment les des")).isEmpty();
        assertThat(CatalogueSearch.matching(catalogue, "  ")).isEmpty();
        assertThat(CatalogueSearch.matching(catalogue, "piscine")).isEmpty();
    }
}
