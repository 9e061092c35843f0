package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Which lines of a carte scolaire send one address to two schools. */
class SectorConflictsTest {

    static final String HEADER = "code_insee;libelle_commune;code_postal;lieu_dit;Type_et_Libelle;No_de_voie_debut;"
            + "Indice_de_repetition_debut;No_de_voie_fin;Indice_de_repetition_fin;Parite;Code_RNE;Secteur_unique;niveau\r\n";

    static SectorCsv.Parsed parse(String lines) {
        return SectorCsv.parse((HEADER + lines).getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void theOfficialFilesHaveNoConflictTheirMultiCollegeSectorsAreTheSameRanges() throws Exception {
        for (String path : new String[] {
            "opendata/fr-en-carte-scolaire-colleges-publics.csv", "demo/carte-scolaire-ecoles-fougeres-demo.csv"
        }) {
            try (var in = new ClassPathResource(path).getInputStream()) {
                var parsed = SectorCsv.parse(in.readAllBytes(), path.contains("colleges") ? "college" : null);
                assertThat(SectorConflicts.of(parsed.lines())).as(path).isEmpty();
            }
        }
    }

    @Test
    void overlappingRangesToTwoSchoolsAreAConflictOnTheLaterLine() {
        var parsed = parse("35360;Vitré;;;RUE DE LA GARE;1;;99;;PI;0351568P;N;maternelle\r\n"
                + "35360;Vitré;;;RUE DU PARC;1;;9999;;PI;0351568P;N;maternelle\r\n"
                + "35360;Vitré;;;R. de la Gare;50;;9999;;P;0351567N;N;maternelle\r\n");

        var conflicts = SectorConflicts.of(parsed.lines());

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(4);
            assertThat(c.error()).contains("numéros pairs de 50 à 99").contains("0351568P ligne 2");
        });
    }

    @Test
    void theSameRangeForTwoSchoolsIsAMultiSchoolSectorAndOtherSidesOrLevelsDoNotMeet() {
        var parsed = parse("35360;Vitré;;;RUE DE LA GARE;1;;99;;PI;0351568P;N;maternelle\r\n"
                + "35360;Vitré;;;RUE DE LA GARE;1;;99;;PI;0351567N;N;maternelle\r\n"
                + "35360;Vitré;;;RUE DE LA GARE;101;;9999;;I;0351568P;N;maternelle\r\n"
                + "35360;Vitré;;;RUE DE LA GARE;100;;9999;;P;0351567N;N;maternelle\r\n"
                + "35360;Vitré;;;RUE DE LA GARE;1;;9999;;PI;0351909K;N;college\r\n");

        assertThat(SectorConflicts.of(parsed.lines())).isEmpty();
    }

    @Test
    void aWholeStreetAgainstARangeOfAnotherSchoolIsAConflict() {
        var parsed = parse("35360;Vitré;;;RUE DE LA GARE;;;;;;0351568P;N;maternelle\r\n"
                + "35360;Vitré;;;RUE DE LA GARE;2;;10;;P;0351567N;N;maternelle\r\n");

        assertThat(SectorConflicts.of(parsed.lines()))
                .extracting(SectorCsv.Line::number)
                .containsExactly(3L);
    }
}
