package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.monenfantalecole.portail.shared.web.FormMessages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An activity's form: what Bean Validation says, then what {@link ActivityChecks} adds with
 * {@code rejectValue}, each message next to its field as before (the rules that need the database
 * are exercised over HTTP by the periscolaire integration tests).
 */
class ActivityFormTest {

    private static ActivityForm form(String uai, String type, String annee, List<Integer> jours) {
        return new ActivityForm(
                uai,
                type,
                annee,
                120,
                jours,
                null,
                2,
                LocalTime.of(10, 0),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 3));
    }

    @Test
    void aSchoolYearThatIsNotOneIsRefused() {
        assertThat(FormMessages.of(form("0350001A", "CANTINE", "2026", List.of(1)), "activityForm"))
                .containsExactly(entry("anneeScolaire", "Indiquez l'année scolaire, par exemple 2026-2027."));
        assertThat(FormMessages.of(form("0350001A", "CANTINE", " 2026-2027 ", List.of(1)), "activityForm"))
                .isEmpty();
    }

    @Test
    void noSchoolAtAllIsAskedForAndTheChecksMessagesFollowTheForm() {
        var result = FormMessages.result(form(null, "", "2026-2027", List.of(9)), "activityForm");
        result.rejectValue("jours", "periscolaire.jours.vide");
        result.rejectValue("type", "periscolaire.type.choix");
        result.rejectValue("fin", "periscolaire.fin.avant");
        result.rejectValue("type", "periscolaire.type.pris", new Object[] {"2026-2027"}, null);
        assertThat(FormMessages.of(result))
                .containsExactly(
                        entry("uai", "Choisissez l’école."),
                        entry("type", "Choisissez l’activité."),
                        entry("jours", "Cochez au moins un jour de la semaine."),
                        entry("fin", "Le dernier jour vient après le premier."));
    }

    @Test
    void theTakenActivityNamesItsYear() {
        var result = FormMessages.result(form("0350001A", "CANTINE", "2026-2027", List.of(1)), "activityForm");
        result.rejectValue("type", "periscolaire.type.pris", new Object[] {"2026-2027"}, null);
        result.rejectValue("uai", "periscolaire.uai.choix");
        assertThat(FormMessages.of(result))
                .containsExactly(
                        entry("uai", "Choisissez une école de la collectivité."),
                        entry("type", "Cette école a déjà cette activité pour 2026-2027."));
    }
}
