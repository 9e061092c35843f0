package fr.monenfantalecole.portail.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.agenda.EventCategory;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** schema.org markup of sheets, establishments and events, read back as JSON. */
@PortailTest
class JsonLdIntegrationTest {

    static final Pattern SCRIPT =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    AgendaEvents events;

    @Autowired
    TemporaryCollectivites temporary;

    @Autowired
    AnnuaireImport annuaire;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterEvents cluster;

    JsonNode jsonLd(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        if (response.getStatus() == 302 || response.getStatus() == 301) {
            response = mvc.perform(get(response.getRedirectedUrl()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
        }
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        var m = SCRIPT.matcher(html);
        assertThat(m.find()).as("JSON-LD on " + path).isTrue();
        assertThat(m.group(1)).doesNotContain("<");
        return JsonMapper.builder().build().readTree(m.group(1));
    }

    @Test
    void aSheetIsAFaqPage() throws Exception {
        var commune = temporary.create("jsonld-fiche", "Commune des fiches balisées");
        try {
            faqPage();
        } finally {
            temporary.delete(commune);
        }
    }

    private void faqPage() throws Exception {
        var faq = jsonLd("/jsonld-fiche/questions/cantine/CAN-001");
        assertThat(faq.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(faq.get("@type").asString()).isEqualTo("FAQPage");
        var question = faq.get("mainEntity").get(0);
        assertThat(question.get("@type").asString()).isEqualTo("Question");
        assertThat(question.get("name").asString()).isEqualTo("La commune est-elle obligée d'avoir une cantine ?");
        assertThat(question.get("acceptedAnswer").get("@type").asString()).isEqualTo("Answer");
        assertThat(question.get("acceptedAnswer").get("text").asString())
                .contains("Non, la commune")
                .contains("<h3>");
        assertThat(faq.get("url").asString()).startsWith("http://localhost/jsonld-fiche/questions/cantine/CAN-001-");
    }

    @Test
    void anEstablishmentIsASchoolWithAddressAndPosition() throws Exception {
        var commune = ModuleSlices.commune(collectivites, "jsonld-ecole", "Balise-sur-Vilaine", "99401");
        try {
            TestSchools.load(
                    annuaire,
                    commune,
                    TestSchools.ecole("9940101M", "École publique Balise", "99401", "Balise-sur-Vilaine"));
            aSchool(commune);
        } finally {
            temporary.delete(commune);
            TestSchools.remove(jdbc, cluster, commune, "9940101M");
        }
    }

    private void aSchool(Collectivite commune) throws Exception {
        var e = directory.presented(commune).stream()
                .filter(s -> s.hasPosition())
                .findFirst()
                .orElseThrow();
        var school = jsonLd("/jsonld-ecole/ecoles/" + e.uai());
        assertThat(school.get("@type").asString()).isIn("Preschool", "ElementarySchool", "MiddleSchool", "School");
        assertThat(school.get("name").asString()).isEqualTo(e.nom());
        assertThat(school.get("identifier").asString()).isEqualTo(e.uai());
        assertThat(school.get("address").get("@type").asString()).isEqualTo("PostalAddress");
        assertThat(school.get("address").get("addressLocality").asString()).isEqualTo(e.nomCommune());
        assertThat(school.get("geo").get("latitude").asDouble()).isEqualTo(e.latitude());
        assertThat(school.get("geo").get("longitude").asDouble()).isEqualTo(e.longitude());
    }

    @Test
    void anAgendaItemIsAnEventWithOffsetPlaceAndOrganiser() throws Exception {
        var commune = temporary.create("jsonld-agenda", "Commune des événements balisés");
        try {
            anEvent(commune);
        } finally {
            temporary.delete(commune);
        }
    }

    private void anEvent(Collectivite commune) throws Exception {
        LocalDate day = LocalDate.of(2026, 7, 3);
        long id = events.create(
                commune.id(),
                new AgendaEvent.Data(
                        null,
                        "Fête </script> du JSON-LD",
                        EventCategory.FETE,
                        "Un après-midi de jeux.",
                        "Parc du château",
                        false,
                        day.atTime(14, 0),
                        day.atTime(18, 0)),
                null,
                false);
        var event = jsonLd("/jsonld-agenda/agenda/" + id);
        assertThat(event.get("@type").asString()).isEqualTo("Event");
        assertThat(event.get("name").asString()).isEqualTo("Fête </script> du JSON-LD");
        assertThat(event.get("startDate").asString()).isEqualTo("2026-07-03T14:00+02:00");
        assertThat(event.get("endDate").asString()).isEqualTo("2026-07-03T18:00+02:00");
        assertThat(event.get("location").get("@type").asString()).isEqualTo("Place");
        assertThat(event.get("location").get("name").asString()).isEqualTo("Parc du château");
        assertThat(event.get("organizer").get("name").asString()).isEqualTo(commune.nom());
    }
}
