package fr.monenfantalecole.portail.localdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesPasseesTest {

    static final LocalField PERIODE = new LocalField("inscription.periode", FieldType.DATE, "Période", "", "", 1);

    @Test
    void theLastDateWithAYearDecides() {
        assertThat(DatesPassees.derniere(
                        "Du lundi 12 janvier au vendredi 27 mars 2026 pour la rentrée de septembre 2026"))
                .contains(LocalDate.of(2026, 9, 30));
        assertThat(DatesPassees.derniere("Demandes jusqu'au 1er avril 2027, commission le 11/05/2027"))
                .contains(LocalDate.of(2027, 5, 11));
        assertThat(DatesPassees.derniere("Du 6 janvier au 28 mars")).isEmpty();
    }

    @Test
    void onlyADateFieldWhoseLastDateIsBeforeTodayIsOver() {
        var today = LocalDate.of(2026, 12, 6);
        assertThat(DatesPassees.passee(PERIODE, "Du 12 janvier au 27 mars 2026", today))
                .isTrue();
        assertThat(DatesPassees.passee(PERIODE, "Du 11 janvier au 26 mars 2027", today))
                .isFalse();
        assertThat(DatesPassees.passee(PERIODE, "Au printemps", today)).isFalse();
        var text = new LocalField("x", FieldType.TEXT, "", "", "", 2);
        assertThat(DatesPassees.passee(text, "Le 3 mars 2020", today)).isFalse();
    }
}
