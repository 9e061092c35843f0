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

import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.sector.SectorRule;
import fr.monenfantalecole.portail.sector.SectorRules;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The answers that are not fiches, above the list: a place, the holiday dates, the calculator. */
@PortailTest
class SearchAnswersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Answers answers;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SectorRules rules;

    @Autowired
    ApplicationContext context;

    /** The portal searched (académie de Rennes, zone B); what it holds is added by each test. */
    @OwnCommune
    World w;

    private List<String> types(World world, String query, LocalDate day) {
        return answers.of(world.collectivite(), query, day).stream()
                .map(Answer::type)
                .toList();
    }

    /** Two écoles and a collège the commune presents. */
    private Schools schools() throws Exception {
        var bleuets = w.school("École maternelle publique les Bleuets");
        var barret = w.school("École primaire publique Jeanne Barret");
        String curie = TestSchools.uai(w, 50, 'C');
        TestSchools.load(context, w, TestSchools.college(curie, "Collège Marie Curie", w.codeInsee(), w.nom()));
        TestSchools.presentColleges(w, mvc);
        return new Schools(bleuets.uai(), barret.uai(), curie);
    }

    private record Schools(String bleuets, String barret, String curie) {}

    /** The commune's own carte scolaire: numbers 1 to 99 of the rue des Tisserands go to its école. */
    private void street() {
        var ecole = w.school("École élémentaire publique des Tisserands");
        rules.replace(
                w.id(),
                List.of("elementaire"),
                List.of(new SectorRule(
                        0,
                        "elementaire",
                        w.codeInsee(),
                        w.nom(),
                        null,
                        null,
                        "RUE DES TISSERANDS",
                        1,
                        null,
                        99,
                        null,
                        "PI",
                        ecole.uai(),
                        false)));
        w.afterwards(() -> rules.replace(w.id(), List.of("elementaire"), List.of()));
    }

    @Test
    void aSchoolNamedInTheQueryIsTheFirstAnswerWithItsPageAndAddress() throws Exception {
        var schools = schools();
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "ecole les bleuets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reponses[0].type").value("etablissement"))
                .andExpect(jsonPath("$.reponses[0].url").value("/" + w.slug() + "/ecoles/" + schools.bleuets()))
                .andExpect(jsonPath("$.reponses[0].titre").value(containsString("Bleuets")))
                .andExpect(jsonPath("$.reponses[0].texte").value(containsString(w.nom())))
                .andExpect(jsonPath("$.count").value(greaterThan(0)));
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "college marie curie horaires"))
                .andExpect(jsonPath("$.reponses[0].url").value("/" + w.slug() + "/ecoles/" + schools.curie()));
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "jeanne barret"))
                .andExpect(jsonPath("$.reponses[0].url").value("/" + w.slug() + "/ecoles/" + schools.barret()));
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "ecole les bleuets"))
                .andExpect(content().string(containsString("data-answer=\"etablissement\"")))
                .andExpect(content()
                        .string(containsString("href=\"/" + w.slug() + "/ecoles/" + schools.bleuets() + "\"")));
    }

    @Test
    void aQueryThatMerelySaysEcoleNamesNoSchool() throws Exception {
        schools();
        var day = LocalDate.of(2025, 11, 15);
        assertThat(types(w, "ecole", day)).isEmpty();
        assertThat(types(w, "inscription ecole maternelle", day)).isEmpty();
        assertThat(types(w, "college horaires", day)).isEmpty();
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "inscription ecole"))
                .andExpect(jsonPath("$.reponses.length()").value(0))
                .andExpect(jsonPath("$.count").value(greaterThan(0)));
    }

    @Test
    void anotherCollectivitesSchoolOrStreetIsNeverAnswered() throws Exception {
        var bleuets = schools().bleuets();
        street();
        // Found at home (the premise), never from two other portals.
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "12 rue des tisserands"))
                .andExpect(jsonPath("$.reponses[*].type", hasItem("rue")));
        try (var other = fixtures.commune();
                var another = fixtures.commune()) {
            for (String slug : List.of(other.slug(), another.slug())) {
                mvc.perform(get("/api/v1/" + slug + "/recherche").param("q", "ecole les bleuets"))
                        .andExpect(jsonPath("$.reponses[*].url", not(hasItem(containsString(bleuets)))));
                mvc.perform(get("/api/v1/" + slug + "/recherche").param("q", "12 rue des tisserands"))
                        .andExpect(jsonPath("$.reponses[*].type", not(hasItem("rue"))));
            }
        }
    }

    @Test
    void aStreetWithANumberAnswersWithTheCarteScolaireAddressPrefilled() throws Exception {
        street();
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "12 rue des tisserands"))
                .andExpect(jsonPath("$.reponses[0].type").value("rue"))
                .andExpect(jsonPath("$.reponses[0].url")
                        .value("/" + w.slug() + "/services/carte-scolaire?adresse=12+rue+des+tisserands"))
                .andExpect(jsonPath("$.reponses[0].lignes.length()").value(greaterThan(0)));
        mvc.perform(get("/" + w.slug() + "/services/carte-scolaire").param("adresse", "12 rue des tisserands"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"12 rue des tisserands\"")));
        assertThat(types(w, "cantine 3 ans", LocalDate.of(2025, 11, 15))).doesNotContain("rue");
    }

    @Test
    void holidayPeriodsAnswerWithTheOfficialDatesNextFirst() {
        var day = LocalDate.of(2025, 11, 15);
        var commune = w.collectivite();
        var noel = answers.of(commune, "vacances de noel", day).getFirst();
        assertThat(noel.type()).isEqualTo("vacances");
        assertThat(noel.path()).isEqualTo("/agenda");
        assertThat(noel.lignes().getFirst()).contains("Vacances de Noël").contains("20 décembre 2025");
        var toussaint = answers.of(commune, "congés de la Toussaint", LocalDate.of(2025, 9, 10))
                .getFirst();
        assertThat(toussaint.lignes().getFirst()).contains("Toussaint").contains("2025");
        assertThat(answers.of(commune, "pont de l'ascension", day)
                        .getFirst()
                        .lignes()
                        .getFirst())
                .contains("Ascension");
        assertThat(answers.of(commune, "prochaines vacances", day)
                        .getFirst()
                        .lignes()
                        .getFirst())
                .contains("Noël");
    }

    @Test
    void aPeriodPastTheLoadedCalendarSaysSoAndWhoPublishesIt() {
        var commune = w.collectivite();
        var noel = answers.of(commune, "vacances de noel", LocalDate.of(2026, 9, 1))
                .getFirst();
        assertThat(noel.type()).isEqualTo("vacances");
        assertThat(noel.lignes()).isEmpty();
        assertThat(noel.texte()).contains("est publié jusqu'au").contains("par le ministère");
    }

    @Test
    void theHolidayAnswerIsOnThePageAndTheApi() throws Exception {
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "vacances de noel"))
                .andExpect(content().string(containsString("data-answer=\"vacances\"")))
                .andExpect(content().string(containsString("href=\"/" + w.slug() + "/agenda\"")))
                .andExpect(content()
                        .string(anyOf(containsString("Vacances de Noël :"), containsString("est publié jusqu"))));
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "vacances de noel"))
                .andExpect(jsonPath("$.reponses[0].type").value("vacances"))
                .andExpect(jsonPath("$.reponses[0].url").value("/" + w.slug() + "/agenda"));
    }

    @Test
    void holidayCareQuestionsStillListFichesWithoutDates() throws Exception {
        var day = LocalDate.of(2025, 11, 15);
        assertThat(types(w, "garde des enfants pendant les vacances", day)).doesNotContain("vacances");
        assertThat(types(w, "centre de loisirs vacances", day)).doesNotContain("vacances");
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "garde des enfants pendant les vacances"))
                .andExpect(jsonPath("$.count").value(greaterThan(0)))
                .andExpect(jsonPath("$.reponses.length()").value(0));
    }

    @Test
    void theQuotientCalculatorAnswersACalculationQuestion() throws Exception {
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "calcul quotient"))
                .andExpect(jsonPath("$.reponses[0].type").value("calculateur"))
                .andExpect(jsonPath("$.reponses[0].url").value("/" + w.slug() + "/services/quotient-familial"));
        var day = LocalDate.of(2025, 11, 15);
        assertThat(types(w, "simuler le tarif de la cantine", day)).containsExactly("calculateur");
        assertThat(types(w, "cantine prix", day)).doesNotContain("calculateur");
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "calcul quotient"))
                .andExpect(content().string(containsString("href=\"/" + w.slug() + "/services/quotient-familial\"")));
    }
}
