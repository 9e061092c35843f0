package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coverage report on a crafted file. */
class CoverageTest {

    static final String FILE = SectorIndexTest.HEADER
            + "35115;Fougères;;;BOULEVARD DE GROSLAY;1;;15;;I;0350967L;N\r\n"
            + "35115;Fougères;;;BOULEVARD DE GROSLAY;19;;43;;I;0350762N;N\r\n"
            + "35115;Fougères;;;BOULEVARD DE GROSLAY;2;;22;;P;0350967L;N\r\n"
            + "35115;Fougères;;;BOULEVARD DE GROSLAY;26;;9999;;P;0350762N;N\r\n"
            + "35115;Fougères;;;RUE NATIONALE;1;;9999;;PI;0350967L;N\r\n"
            + "35115;Fougères;;;RUE NATIONALE;1;;9999;;PI;0350762N;N\r\n"
            + "35115;Fougères;;;RUE DES VIGNES;1;;40;;PI;0350967L;N\r\n"
            + "35115;Fougères;;;RUE DES VIGNES;30;;9999;;PI;0350762N;N\r\n"
            + "35115;Fougères;;;RUE FERMEE;1;;9999;;PI;0359999Z;N\r\n";

    static final Coverage.Report REPORT = Coverage.of(
            SectorCsv.parse(FILE.getBytes(StandardCharsets.UTF_8), "college").rules(),
            insee -> true,
            uai -> Set.of("0350967L", "0350762N").contains(uai));

    @Test
    void findsTheNumbersNoRuleCovers() {
        assertThat(REPORT.gaps())
                .extracting(Coverage.Finding::detail)
                .contains(
                        "numéro 17 non couvert",
                        "numéro 24 non couvert",
                        "numéros impairs à partir du 45 non couverts");
        assertThat(REPORT.gaps()).noneMatch(f -> f.street().equals("Rue Nationale"));
    }

    @Test
    void speaksCorrectFrench() {
        assertThat(REPORT.gaps())
                .extracting(Coverage.Finding::detail)
                .noneMatch(d -> d.matches(".*de (\\d+) à \\1\\b.*"));
        assertThat(Coverage.numbers("impairs", 17, 17)).isEqualTo("numéro 17");
        assertThat(Coverage.numbers("impairs", 3, 15)).isEqualTo("numéros impairs de 3 à 15");
        assertThat(new Coverage.Report(java.util.List.of(), java.util.List.of(), REPORT.schools(), 1).resume())
                .isEqualTo(
                        "1 voie et niveau examinés : aucun trou, aucun conflit, 1 règle vers un établissement fermé ou inconnu.");
        assertThat(REPORT.resume()).doesNotContain("(s)").contains(" trous, ");
        var lonely = Coverage.of(
                SectorCsv.parse(
                                (FILE.substring(0, FILE.indexOf("\r\n") + 2)
                                                + "35115;Fougères;;;RUE SEULE;2;;9999;;P;0350967L;N\r\n")
                                        .getBytes(StandardCharsets.UTF_8),
                                "college")
                        .rules(),
                insee -> true,
                uai -> true);
        assertThat(lonely.gaps()).extracting(Coverage.Finding::detail).contains("aucun numéro impair n'est couvert");
    }

    @Test
    void findsOverlapsUnlessTheStreetIsDeclaredMultiSchool() {
        assertThat(REPORT.conflicts()).extracting(Coverage.Finding::street).containsOnly("Rue des Vignes");
        assertThat(REPORT.conflicts().getFirst().detail()).contains("de 30 à 40");
    }

    @Test
    void findsRulesPointingToAClosedOrUnknownSchool() {
        assertThat(REPORT.schools())
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("0359999Z"));
    }
}
