package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Directory addresses read cleanly: the street, the town with its accents, the postal box apart. */
class SchoolAddressTest {

    static Etablissement at(String a1, String a2, String a3, String cp, String commune) {
        return new Etablissement(
                "0350000A",
                "Ecole",
                "Ecole",
                null,
                null,
                "Public",
                true,
                true,
                a1,
                a2,
                a3,
                cp,
                "35000",
                commune,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true);
    }

    @Test
    void theTownTakesItsAccentsAndNoCapitals() {
        var a = SchoolAddress.of(at("4 place Lariboisière", null, "35300 FOUGERES", "35300", "Fougères"));
        assertThat(a.complete()).isEqualTo("4 place Lariboisière, 35300 Fougères");
        assertThat(a.boitePostale()).isNull();
    }

    @Test
    void thePostalBoxIsSetApartWithItsCedex() {
        var a = SchoolAddress.of(at("1 bis avenue ALPHONSE LEGAULT", "BP 7103", "35171 BRUZ CEDEX", "35171", "Bruz"));
        assertThat(a.complete()).isEqualTo("1 bis avenue Alphonse Legault, Bruz");
        assertThat(a.boitePostale()).isEqualTo("BP 7103, 35171 Bruz Cedex");
    }

    @Test
    void aStreetInCapitalsReadsNormally() {
        assertThat(SchoolAddress.ordinaryCase("12 RUE DE LA GARE")).isEqualTo("12 Rue de la Gare");
        assertThat(SchoolAddress.ordinaryCase("ZA DES LANDES")).isEqualTo("ZA des Landes");
    }
}
