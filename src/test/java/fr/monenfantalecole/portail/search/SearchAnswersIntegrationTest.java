package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The answers that are not fiches, above the list: a place, the holiday dates, the calculator. */
@PortailTest
class SearchAnswersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Answers answers;

    @Autowired
    Collectivites collectivites;

    private List<String> types(String slug, String query, LocalDate day) {
        var c = collectivites.findBySlug(slug).orElseThrow();
        return answers.of(c, query, day).stream().map(Answer::type).toList();
    }

    @Test
    void aSchoolNamedInTheQueryIsTheFirstAnswerWithItsPageAndAddress() throws Exception {
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "ecole les bleuets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reponses[0].type").value("etablissement"))
                .andExpect(jsonPath("$.reponses[0].url").value("/fougeres/ecoles/0350948R"))
                .andExpect(jsonPath("$.reponses[0].titre").value(containsString("Bleuets")))
                .andExpect(jsonPath("$.reponses[0].texte").value(containsString("Fougères")))
                .andExpect(jsonPath("$.count").value(greaterThan(0)));
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "college therese pierre horaires"))
                .andExpect(jsonPath("$.reponses[0].url").value("/fougeres/ecoles/0350762N"));
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "odile gautry"))
                .andExpect(jsonPath("$.reponses[0].url").value("/fougeres/ecoles/0350256N"));
        mvc.perform(get("/fougeres/recherche").param("q", "ecole les bleuets"))
                .andExpect(content().string(containsString("data-answer=\"etablissement\"")))
                .andExpect(content().string(containsString("href=\"/fougeres/ecoles/0350948R\"")));
    }

    @Test
    void aQueryThatMerelySaysEcoleNamesNoSchool() throws Exception {
        var day = LocalDate.of(2025, 11, 15);
        assertThat(types("fougeres", "ecole", day)).isEmpty();
        assertThat(types("fougeres", "inscription ecole maternelle", day)).isEmpty();
        assertThat(types("fougeres", "college horaires", day)).isEmpty();
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "inscription ecole"))
                .andExpect(jsonPath("$.reponses.length()").value(0))
                .andExpect(jsonPath("$.count").value(greaterThan(0)));
    }

    @Test
    void anotherCollectivitesSchoolOrStreetIsNeverAnswered() throws Exception {
        for (String slug : List.of("rennes", "vitre")) {
            mvc.perform(get("/api/v1/" + slug + "/recherche").param("q", "ecole les bleuets"))
                    .andExpect(jsonPath("$.reponses[*].url", not(hasItem(containsString("0350948R")))));
            mvc.perform(get("/api/v1/" + slug + "/recherche").param("q", "12 rue de la pinterie"))
                    .andExpect(jsonPath("$.reponses[*].type", not(hasItem("rue"))));
        }
    }

    @Test
    void aStreetWithANumberAnswersWithTheCarteScolaireAddressPrefilled() throws Exception {
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "12 rue de la pinterie"))
                .andExpect(jsonPath("$.reponses[0].type").value("rue"))
                .andExpect(jsonPath("$.reponses[0].url")
                        .value("/fougeres/services/carte-scolaire?adresse=12+rue+de+la+pinterie"))
                .andExpect(jsonPath("$.reponses[0].lignes.length()").value(greaterThan(0)));
        mvc.perform(get("/fougeres/services/carte-scolaire").param("adresse", "12 rue de la pinterie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"12 rue de la pinterie\"")));
        assertThat(types("fougeres", "cantine 3 ans", LocalDate.of(2025, 11, 15)))
                .doesNotContain("rue");
    }

    @Test
    void holidayPeriodsAnswerWithTheOfficialDatesNextFirst() {
        var day = LocalDate.of(2025, 11, 15);
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        var noel = answers.of(fougeres, "vacances de noel", day).getFirst();
        assertThat(noel.type()).isEqualTo("vacances");
        assertThat(noel.path()).isEqualTo("/agenda");
        assertThat(noel.lignes().getFirst()).contains("Vacances de Noël").contains("20 décembre 2025");
        var toussaint = answers.of(fougeres, "congés de la Toussaint", LocalDate.of(2025, 9, 10))
                .getFirst();
        assertThat(toussaint.lignes().getFirst()).contains("Toussaint").contains("2025");
        assertThat(answers.of(fougeres, "pont de l'ascension", day)
                        .getFirst()
                        .lignes()
                        .getFirst())
                .contains("Ascension");
        assertThat(answers.of(fougeres, "prochaines vacances", day)
                        .getFirst()
                        .lignes()
                        .getFirst())
                .contains("Noël");
    }

    @Test
    void aPeriodPastTheLoadedCalendarSaysSoAndWhoPublishesIt() {
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        var noel = answers.of(fougeres, "vacances de noel", LocalDate.of(2026, 9, 1))
                .getFirst();
        assertThat(noel.type()).isEqualTo("vacances");
        assertThat(noel.lignes()).isEmpty();
        assertThat(noel.texte()).contains("est publié jusqu'au").contains("par le ministère");
    }

    @Test
    void theHolidayAnswerIsOnThePageAndTheApi() throws Exception {
        mvc.perform(get("/fougeres/recherche").param("q", "vacances de noel"))
                .andExpect(content().string(containsString("data-answer=\"vacances\"")))
                .andExpect(content().string(containsString("href=\"/fougeres/agenda\"")))
                .andExpect(content()
                        .string(anyOf(containsString("Vacances de Noël :"), containsString("est publié jusqu"))));
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "vacances de noel"))
                .andExpect(jsonPath("$.reponses[0].type").value("vacances"))
                .andExpect(jsonPath("$.reponses[0].url").value("/fougeres/agenda"));
    }

    @Test
    void holidayCareQuestionsStillListFichesWithoutDates() throws Exception {
        var day = LocalDate.of(2025, 11, 15);
        assertThat(types("fougeres", "garde des enfants pendant les vacances", day))
                .doesNotContain("vacances");
        assertThat(types("fougeres", "centre de loisirs vacances", day)).doesNotContain("vacances");
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "garde des enfants pendant les vacances"))
                .andExpect(jsonPath("$.count").value(greaterThan(0)))
                .andExpect(jsonPath("$.reponses.length()").value(0));
    }

    @Test
    void theQuotientCalculatorAnswersACalculationQuestion() throws Exception {
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "calcul quotient"))
                .andExpect(jsonPath("$.reponses[0].type").value("calculateur"))
                .andExpect(jsonPath("$.reponses[0].url").value("/fougeres/services/quotient-familial"));
        var day = LocalDate.of(2025, 11, 15);
        assertThat(types("rennes", "simuler le tarif de la cantine", day)).containsExactly("calculateur");
        assertThat(types("fougeres", "cantine prix", day)).doesNotContain("calculateur");
        mvc.perform(get("/fougeres/recherche").param("q", "calcul quotient"))
                .andExpect(content().string(containsString("href=\"/fougeres/services/quotient-familial\"")));
    }
}
