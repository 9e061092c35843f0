package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Readability counts as the French formulas do, and flags each sentence over 20 words. */
class ReadabilityCountingTest {

    static final String LEGAL =
            "Conformément aux dispositions de l'article L. 131-1 du Code de l'éducation, l'instruction est "
                    + "obligatoire pour chaque enfant dès l'âge de trois ans et jusqu'à l'âge de seize ans : les parents "
                    + "doivent donc inscrire leur enfant dans un établissement d'enseignement public ou privé, ou déclarer "
                    + "chaque année à la mairie et aux services académiques leur choix de l'instruction dans la famille.";

    @Test
    void colonAndSemicolonDoNotEndASentence() {
        assertThat(Readability.of("Apportez : le livret de famille ; un justificatif.")
                        .sentences())
                .isEqualTo(1);
    }

    @Test
    void aLongLegalSentenceIsFlaggedAndWeighsOnTheScore() {
        var legal = Readability.of(LEGAL);
        assertThat(legal.longSentences()).singleElement().satisfies(l -> {
            assertThat(l.words()).isGreaterThan(50);
            assertThat(l.debut()).startsWith("Conformément aux dispositions");
        });
        var split = Readability.of("L'école est obligatoire de 3 à 16 ans. Inscrivez votre enfant à la mairie. "
                + "Vous pouvez aussi choisir l'école privée. Ou l'instruction en famille, à déclarer chaque année.");
        assertThat(split.longSentences()).isEmpty();
        assertThat(legal.value()).isLessThan(split.value() - 30);
    }

    @Test
    void syllablesAreThoseReadAloud() {
        assertThat(Readability.syllables("mangent")).as("ils mangent").isEqualTo(1);
        assertThat(Readability.syllables("parent")).isEqualTo(2);
        assertThat(Readability.syllables("souvent")).isEqualTo(2);
        assertThat(Readability.syllables("2026")).as("deux mille vingt-six").isEqualTo(4);
        assertThat(Readability.syllables("17")).as("dix-sept").isEqualTo(2);
        assertThat(Readability.syllables("ENT")).as("E-N-T").isEqualTo(3);
        assertThat(Readability.syllables("CAF")).isEqualTo(1);
        assertThat(Readability.syllables("ATSEM")).isEqualTo(2);
        assertThat(Readability.syllables("CM2")).as("cé-èm-deux").isEqualTo(3);
        assertThat(FrenchNumbers.spoken(71)).isEqualTo("soixante et onze");
        assertThat(FrenchNumbers.spoken(1984)).isEqualTo("mille neuf cent quatre-vingt-quatre");
    }
}
