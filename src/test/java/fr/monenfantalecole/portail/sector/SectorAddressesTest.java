package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Addresses as parents type them (issue 18), on the official collèges file: what the parent sees
 * is the right collège, or a choice between close streets, never a silent wrong pick.
 */
class SectorAddressesTest {

    static final SectorIndex INDEX = new SectorIndex(officialRules());

    static final String RENNES = "35238";
    static final String FOUGERES = "35115";
    static final String SAINT_MALO = "35288";

    static List<SectorRule> officialRules() {
        try (InputStream in = Objects.requireNonNull(
                SectorAddressesTest.class.getResourceAsStream("/opendata/fr-en-carte-scolaire-colleges-publics.csv"))) {
            return SectorCsv.parse(in.readAllBytes(), "college").rules();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SectorIndex.Answer answer(String address, String insee) {
        return INDEX.lookup(address, "college", insee::equals);
    }

    static List<String> colleges(String address, String insee) {
        return answer(address, insee).resultats().stream()
                .map(SectorIndex.Match::uai)
                .toList();
    }

    @Test
    void aFlatABuildingAFloorOrAPersonIsNotPartOfTheStreet() {
        assertThat(colleges("Appt 12, 5 rue de Dinan", RENNES)).containsExactly("0350759K");
        assertThat(colleges("5 rue de Dinan appt 12", RENNES)).containsExactly("0350759K");
        assertThat(colleges("5, rue de Dinan - bâtiment B - 3ème étage", RENNES))
                .containsExactly("0350759K");
        assertThat(colleges("M. et Mme Kerjean\n150 rue d'Antrain\n35700 Rennes", RENNES))
                .containsExactly("0350913C");
        assertThat(colleges("chez Mme Le Bihan 27 boulevard de la tour d auvergne", RENNES))
                .containsExactlyInAnyOrder("0350895H", "0351638R", "0351796M");
        assertThat(colleges("Résidence du Parc, bât. C, 14 bd de la Tour d'Auvergne, 35000 Rennes", RENNES))
                .containsExactlyInAnyOrder("0350895H", "0351638R", "0351796M");
        assertThat(answer("Appt 12, 5 rue de Dinan", RENNES).adresseNormalisee())
                .isEqualTo("5 Rue de Dinan, Rennes");
    }

    @Test
    void streetsNamedLikeAComplementAreStillFound() {
        assertThat(colleges("3 allée du Bâtiment", RENNES)).containsExactly("0350759K");
        assertThat(colleges("Rue Madame des Bas Sablons 11 Saint-Malo", SAINT_MALO))
                .containsExactly("0350916F");
        assertThat(colleges("Résidence Beaumanoir, Fougères", FOUGERES)).containsExactly("0350967L");
        assertThat(colleges("9 rue du Chasseur 8", RENNES)).containsExactly("0350734H");
    }

    @Test
    void theNumberMayComeAfterTheStreet() {
        assertThat(colleges("rue de Vitré 12", FOUGERES)).containsExactly("0350762N");
        assertThat(colleges("Boulevard de Groslay, 21", FOUGERES)).containsExactly("0350762N");
        assertThat(colleges("boulevard de groslay n° 4 bis", FOUGERES)).containsExactly("0350967L");
        assertThat(colleges("Bd Albert 1er, 74, 35200 Rennes", RENNES)).containsExactly("0351851X");
        assertThat(answer("boulevard de groslay n° 4 bis", FOUGERES).adresseNormalisee())
                .isEqualTo("4 bis Boulevard de Groslay, 35300 Fougères");
    }

    @Test
    void aMisspeltOrAbbreviatedStreetTypeIsUnderstood() {
        assertThat(colleges("12 boulvard de groslay", FOUGERES)).containsExactly("0350967L");
        assertThat(colleges("12 bvd de Groslay", FOUGERES)).containsExactly("0350967L");
        assertThat(colleges("8 ru de vitré", FOUGERES)).containsExactly("0350762N");
        assertThat(colleges("8 rues de Vitre Fougères", FOUGERES)).containsExactly("0350762N");
        assertThat(colleges("3 alle Charles VIII", FOUGERES)).containsExactly("0350967L");
        assertThat(colleges("33 boulevrd de la tour d'auvergne", RENNES))
                .containsExactlyInAnyOrder("0350895H", "0351638R", "0351796M");
        assertThat(colleges("7 r. du Pont, Saint-Malo", SAINT_MALO)).containsExactly("0350044H");
    }

    @Test
    void aLieuDitAndTheFormerCommuneItBelongsTo() {
        assertThat(colleges("La Noë Davy, Saint-Pierre-de-Plesguen, 35720 Mesnil-Roc'h", "35308"))
                .containsExactly("0350707D");
        assertThat(colleges("lieu-dit la Bahuchais 35320 Tresboeuf", "35343")).containsExactly("0351053E");
    }

    @Test
    void twoCloseStreetsAreOfferedNeverPickedSilently() {
        for (String address : List.of("4 rue de la Morderie", "appt 3, 6 rue de la Morderie Rennes")) {
            var answer = answer(address, RENNES);
            assertThat(answer.resultats()).as(address).isEmpty();
            assertThat(answer.suggestions())
                    .as(address)
                    .contains("Rue de la Borderie, Rennes", "Rue de la Corderie, Rennes");
        }
        var vire = answer("bât B, 2 rue de Vibre", FOUGERES);
        assertThat(vire.resultats()).isEmpty();
        assertThat(vire.suggestions()).contains("Rue de Vire, Fougères", "Rue de Vitre, Fougères");
    }

    @Test
    void aComplementAloneFindsNoStreet() {
        var answer = answer("appt 12, bâtiment B", RENNES);
        assertThat(answer.resultats()).isEmpty();
        assertThat(answer.suggestions()).isEmpty();
    }
}
