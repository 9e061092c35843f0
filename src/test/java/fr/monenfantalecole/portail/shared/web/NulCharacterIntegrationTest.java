package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** PostgreSQL refuses NUL in text: forms drop it and save, addresses holding %00 get a 400 in French. */
@PortailTest
class NulCharacterIntegrationTest {

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulInAnAddressIsABadRequestExplainedInFrench() throws Exception {
        var web = new WebClient(port);
        for (String path : List.of(
                "/" + w.slug() + "/recherche?q=cantine%00",
                "/" + w.slug() + "/services/carte-scolaire?adresse=rue%00",
                "/" + w.slug() + "/ecoles?q=%00",
                "/admin/connexion?erreur=%00")) {
            var answer = web.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains("caractère nul");
        }
        var api = web.get("/api/v1/" + w.slug() + "/carte-scolaire?adresse=rue%00de%20la%20gare");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).startsWith("{\"erreur\":\"").contains("caractère nul");
    }

    @Test
    void backOfficeFormsSaveWhatWasTypedWithoutTheNul() throws Exception {
        var admin = w.admin().mvc();
        mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                        .with(csrf())
                        .with(admin)
                        .param("titre", "Réunion\0 des parents")
                        .param("categorie", "reunion")
                        .param("lieu", "Salle\0 polyvalente")
                        .param("description", "Ordre du jour.\0")
                        .param("dateDebut", "12/03/2027"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select lieu from agenda_evenement where titre = 'Réunion des parents'")
                        .query(String.class)
                        .single())
                .isEqualTo("Salle polyvalente");

        mvc.perform(multipart("/admin/" + w.slug() + "/actualites/nouvelle")
                        .with(csrf())
                        .with(admin)
                        .param("titre", "Kermesse\0 2027")
                        .param("resume", "Le\0 samedi.")
                        .param("corps", "Venez\0 nombreux.")
                        .param("publieLe", "02/03/2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select corps from actualite where titre = 'Kermesse 2027'")
                        .query(String.class)
                        .single())
                .isEqualTo("Venez nombreux.");

        mvc.perform(post("/admin/" + w.slug() + "/structures")
                        .with(csrf())
                        .with(admin)
                        .param("nom", "Centre\0 du Gué")
                        .param("nature", "CENTRE_LOISIRS")
                        .param("adresse", "2 rue\0 du Gué"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select adresse from structure_locale where nom = 'Centre du Gué'")
                        .query(String.class)
                        .single())
                .isEqualTo("2 rue du Gué");
    }

    @Test
    void aFormWithANulAndAMistakeComesBackWithWhatWasTypedAndTheMessage() throws Exception {
        var web = new WebClient(port).signIn(w.admin().email(), World.PASSWORD);
        var answer = web.postForm(
                "/admin/" + w.slug() + "/agenda/nouvel",
                java.util.Map.of("titre", "Conseil\0 des maîtres", "categorie", "reunion", "dateDebut", "31/02/2027"),
                web.csrf("/admin/" + w.slug() + "/agenda/nouvel"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("value=\"Conseil des maîtres\"")
                .contains("La date de début n'est pas une date valide");
        assertThat(answer.body().getBytes(StandardCharsets.UTF_8)).doesNotContain((byte) 0);
    }
}
