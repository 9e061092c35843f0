package fr.monenfantalecole.portail.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.FieldMessages;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The event form (Bean Validation and EventForm.check): each French message next to its field. */
@PortailTest
class EventFormIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgendaEvents events;

    @OwnCommune
    World w;

    String refused(Map<String, String> params) throws Exception {
        var request = post("/admin/" + w.slug() + "/agenda/nouvel")
                .with(csrf())
                .with(w.admin().mvc());
        params.forEach(request::param);
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachFieldSaysWhatIsWrongWithIt() throws Exception {
        String page = refused(Map.of(
                "titre", "   ",
                "categorie", "kermesse",
                "ecole", "9999999Z",
                "lieu", "L".repeat(201),
                "description", "D".repeat(5001),
                "dateDebut", "",
                "heureDebut", "7"));
        assertThat(FieldMessages.of(page, "titre")).isEqualTo("Donnez un titre à l'événement.");
        assertThat(FieldMessages.of(page, "categorie")).isEqualTo("Choisissez le type d'événement.");
        assertThat(FieldMessages.of(page, "ecole"))
                .isEqualTo("Choisissez une école de la liste, ou « Toute la collectivité ».");
        assertThat(FieldMessages.of(page, "lieu")).isEqualTo("Le lieu est trop long : 200 caractères au plus.");
        assertThat(FieldMessages.of(page, "description"))
                .isEqualTo("La description est trop longue : 5 000 caractères au plus.");
        assertThat(FieldMessages.of(page, "dateDebut"))
                .isEqualTo("Indiquez la date de début au format JJ/MM/AAAA (par exemple 30/11/2026).");
        assertThat(FieldMessages.of(page, "heureDebut"))
                .isEqualTo("L'heure de début n'est pas valide : écrivez-la au format HH:MM (par exemple 18:30).");
        assertThat(page).contains("value=\"" + "L".repeat(201) + "\"").contains("value=\"7\"");

        page = refused(Map.of(
                "titre", "Fin illisible", "categorie", "reunion", "dateDebut", "10/03/2027", "dateFin", "31/02/2027"));
        assertThat(FieldMessages.of(page, "dateFin"))
                .isEqualTo("La date de fin n'est pas une date valide : écrivez-la au format JJ/MM/AAAA, "
                        + "ou laissez-la vide pour un seul jour.");
        page = refused(Map.of(
                "titre", "Fin lointaine", "categorie", "reunion", "dateDebut", "10/03/2027", "dateFin", "10/03/9999"));
        assertThat(FieldMessages.of(page, "dateFin"))
                .startsWith("La date de fin doit être comprise entre le 01/01/2000 et le 31/12/")
                .endsWith(" : vérifiez l'année.");
        page = refused(Map.of(
                "titre", "Heure de fin seule", "categorie", "reunion", "dateDebut", "10/03/2027", "heureFin", "20:00"));
        assertThat(FieldMessages.of(page, "heureDebut"))
                .isEqualTo("Indiquez aussi l'heure de début, ou effacez l'heure de fin pour un événement "
                        + "sur toute la journée.");
        page = refused(Map.of(
                "titre", "Stage",
                "categorie", "reunion",
                "dateDebut", "10/03/2027",
                "heureDebut", "9h",
                "dateFin", "12/03/2027"));
        assertThat(FieldMessages.of(page, "heureFin"))
                .isEqualTo("Indiquez l'heure de fin de l'événement, qui dure plusieurs jours.");
        page = refused(Map.of(
                "titre", "À l'envers", "categorie", "reunion", "dateDebut", "10/03/2027", "dateFin", "09/03/2027"));
        assertThat(FieldMessages.of(page, "dateFin"))
                .isEqualTo("La fin de l'événement ne peut pas précéder son début.");
        assertThat(FieldMessages.of(page, "heureFin")).isNull();
    }

    @Test
    void aValidEventIsSavedStrippedAndTheAgentGoesBackToTheList() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "  Stage de printemps  ")
                        .param("categorie", "autre")
                        .param("lieu", " Gymnase ")
                        .param("dateDebut", "13/04/2027")
                        .param("heureDebut", "9h")
                        .param("dateFin", "2027-04-15")
                        .param("heureFin", "16 h 30"))
                .andExpect(redirectedUrl("/admin/" + w.slug() + "/agenda"));
        var saved = events.all(w.id()).stream()
                .filter(e -> e.titre().equals("Stage de printemps"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.lieu()).isEqualTo("Gymnase");
        assertThat(saved.categorie()).isEqualTo(EventCategory.AUTRE);
        assertThat(saved.journeeEntiere()).isFalse();
        assertThat(saved.debut()).hasToString("2027-04-13T09:00");
        assertThat(saved.fin()).hasToString("2027-04-15T16:30");
    }
}
