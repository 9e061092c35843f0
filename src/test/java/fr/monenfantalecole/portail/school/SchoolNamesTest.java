package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Directory names read as French: accents on known words, no shouting capitals, the right article. */
class SchoolNamesTest {

    @Test
    void accentsTheGenericWordsAndLeavesProperNamesAlone() {
        assertThat(SchoolNames.typographic("Ecole primaire publique Odile Gautry"))
                .isEqualTo("École primaire publique Odile Gautry");
        assertThat(SchoolNames.typographic("Ecole elementaire privee Saint-Joseph"))
                .isEqualTo("École élémentaire privée Saint-Joseph");
        assertThat(SchoolNames.typographic("Collège Thérèse Pierre")).isEqualTo("Collège Thérèse Pierre");
        assertThat(SchoolNames.typographic("Centre de loisirs de la Chattière"))
                .isEqualTo("Centre de loisirs de la Chattière");
    }

    @Test
    void bringsCapitalsBackToOrdinaryCase() {
        assertThat(SchoolNames.typographic("ECOLE PRIMAIRE PUBLIQUE JEAN-BAPTISTE D'ARGENTRE"))
                .isEqualTo("École primaire publique Jean-Baptiste d'Argentre");
        assertThat(SchoolNames.typographic("COLLEGE PRIVE SAINT-MARTIN")).isEqualTo("Collège privé Saint-Martin");
    }

    @Test
    void putsTheArticleFrenchPutsBeforeTheName() {
        assertThat(SchoolNames.de("Ecole primaire publique Odile Gautry"))
                .isEqualTo("de l'école primaire publique Odile Gautry");
        assertThat(SchoolNames.de("Collège Thérèse Pierre")).isEqualTo("du collège Thérèse Pierre");
        assertThat(SchoolNames.de("Centre de loisirs de la Chattière"))
                .isEqualTo("du centre de loisirs de la Chattière");
        assertThat(SchoolNames.de("Maison de l'enfance")).isEqualTo("de la maison de l'enfance");
        assertThat(SchoolNames.de("Diwan Fougères")).isEqualTo("de Diwan Fougères");
    }
}
