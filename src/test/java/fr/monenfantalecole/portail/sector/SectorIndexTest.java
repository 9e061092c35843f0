package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Address understanding and rule matching on a crafted file in the official shape. */
class SectorIndexTest {

    static final String HEADER = "code_insee;libelle_commune;code_postal;lieu_dit;Type_et_Libelle;No_de_voie_debut;"
            + "Indice_de_repetition_debut;No_de_voie_fin;Indice_de_repetition_fin;Parite;Code_RNE;Secteur_unique\r\n";

    static final String FILE = "\uFEFF" + HEADER
            + "35115;Fougères;35300;;BOULEVARD DU MARECHAL LECLERC;2;;36;;P;0350967L;N\r\n"
            + "35115;Fougères;35300;;BOULEVARD DU MARECHAL LECLERC;1;;35;;I;0350762N;N\r\n"
            + "35115;Fougères;35300;;BOULEVARD DU MARECHAL LECLERC;38;;9999;;P;0350762N;N\r\n"
            + "35115;Fougères;35300;;RUE DE LA FORET;1;;12;B;PI;0350967L;N\r\n"
            + "35115;Fougères;35300;;RUE DE LA FORET;12;C;9999;;PI;0350762N;N\r\n"
            + "35115;Fougères;35300;;RUE NATIONALE;1;;9999;;PI;0350967L;N\r\n"
            + "35115;Fougères;35300;;RUE NATIONALE;1;;9999;;PI;0350762N;N\r\n"
            + "35115;Fougères;35300;;RUE SAINT LEONARD;1;;9999;;PI;0350762N;N\r\n"
            + "35115;Fougères;35300;;RUE DU CHATEAU;1;;9999;;PI;0350762N;N\r\n"
            + "35115;Fougères;35300;;RUE DU POINTEL;1;;9999;;PI;0350967L;N\r\n"
            + "35115;Fougères;35300;;RUE DU PONCEL;1;;9999;;PI;0350762N;N\r\n"
            + "35137;Javené;;;;;;;;;0350967L;O\r\n";

    static final SectorIndex INDEX = new SectorIndex(
            SectorCsv.parse(FILE.getBytes(StandardCharsets.UTF_8), "college").rules());

    static List<String> schools(String address) {
        return INDEX.lookup(address, "college", insee -> true).resultats().stream()
                .map(SectorIndex.Match::uai)
                .toList();
    }

    @Test
    void parityAndRangeEdges() {
        assertThat(schools("2 bd du Maréchal Leclerc 35300 Fougères")).containsExactly("0350967L");
        assertThat(schools("36 boulevard marechal-leclerc")).containsExactly("0350967L");
        assertThat(schools("38 BOULEVARD DU MARECHAL LECLERC")).containsExactly("0350762N");
        assertThat(schools("35 bd mal leclerc")).containsExactly("0350762N");
        assertThat(schools("1 Bd du Maréchal Leclerc, Fougères")).containsExactly("0350762N");
    }

    @Test
    void uncoveredNumbersGiveNoSchoolAndSaySo() {
        var answer = INDEX.lookup("37 boulevard du maréchal leclerc", "college", insee -> true);
        assertThat(answer.resultats()).isEmpty();
        assertThat(answer.message()).contains("Aucune règle");
        assertThat(answer.adresseNormalisee()).isEqualTo("37 Boulevard du Marechal Leclerc, 35300 Fougères");
    }

    @Test
    void repetitionIndicesAreOrdered() {
        assertThat(schools("12 rue de la forêt")).containsExactly("0350967L");
        assertThat(schools("12 bis rue de la forêt")).containsExactly("0350967L");
        assertThat(schools("12 ter rue de la foret")).containsExactly("0350762N");
        assertThat(schools("12B rue de la Forêt")).containsExactly("0350967L");
        assertThat(schools("14 rue de la foret")).containsExactly("0350762N");
    }

    @Test
    void aStreetOfSeveralCollegesListsThemAllAndSaysTheFamilyChooses() {
        var answer = INDEX.lookup("5 rue nationale", "college", insee -> true);
        assertThat(answer.resultats())
                .extracting(SectorIndex.Match::uai)
                .containsExactlyInAnyOrder("0350967L", "0350762N");
        assertThat(answer.message()).contains("peut choisir");
    }

    @Test
    void aSingleSectorCommuneAnswersForAnyStreet() {
        assertThat(schools("3 rue des Lilas 35133 Javené")).containsExactly("0350967L");
        assertThat(schools("Javené")).containsExactly("0350967L");
    }

    @Test
    void saintsAndArticlesAndCaseAreIgnored() {
        assertThat(schools("4 r st Léonard")).containsExactly("0350762N");
        assertThat(schools("4 RUE SAINT-LEONARD")).containsExactly("0350762N");
    }

    @Test
    void aTypoIsCorrectedWhenClearAndSuggestedWhenTwoStreetsAreClose() {
        assertThat(schools("10 boulevard du maréchal leclrc")).containsExactly("0350967L");
        assertThat(schools("3 rue du chatea")).containsExactly("0350762N");
        var answer = INDEX.lookup("3 rue du pontel", "college", insee -> true);
        assertThat(answer.resultats()).isEmpty();
        assertThat(answer.suggestions())
                .containsExactlyInAnyOrder("Rue du Pointel, Fougères", "Rue du Poncel, Fougères");
    }

    @Test
    void anUnknownStreetIsNeverGuessed() {
        var answer = INDEX.lookup("8 avenue des Champs-Élysées", "college", insee -> true);
        assertThat(answer.resultats()).isEmpty();
        assertThat(answer.suggestions()).isEmpty();
    }

    @Test
    void theTerritoryLimitsTheAnswer() {
        // A portal whose territory has no rule: Fougères's streets are not answered there.
        var answer = INDEX.lookup("2 bd du Maréchal Leclerc 35300 Fougères", "college", insee -> insee.equals("35238"));
        assertThat(answer.resultats()).isEmpty();
        assertThat(answer.message()).contains("pas sur le territoire");
    }

    @Test
    void rulesAreDescribedInPlainWords() {
        var answer = INDEX.lookup("2 bd du Maréchal Leclerc", "college", insee -> true);
        assertThat(answer.resultats().getFirst().regle())
                .isEqualTo("Boulevard du Marechal Leclerc, numéros pairs de 2 à 36");
    }

    @Test
    void wrongLinesAreReportedWithTheirNumbers() {
        var parsed = SectorCsv.parse(
                (HEADER
                                + "35115;Fougères;;;RUE A;1;;9999;;PI;0350967L;N\r\n"
                                + "35115;Fougères;;;RUE B;10;;2;;PI;0350967L;N\r\n"
                                + "35115;Fougères;;;RUE C;1;;9999;;X;0350967L;N\r\n"
                                + "351;Fougères;;;RUE D;1;;9999;;PI;0350967L;N\r\n"
                                + "35115;Fougères;;;RUE E;1;;9999;;PI;ABC;N\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                "college");
        assertThat(parsed.errors()).extracting(SectorCsv.Line::number).containsExactly(3L, 4L, 5L, 6L);
        assertThat(parsed.errors().get(0).error()).contains("dernier numéro (2)");
        assertThat(parsed.errors().get(1).error()).contains("Parité « X »");
    }
}
