package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.support.PortailTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A school page has one identity block, one phone, its agenda and ENT, and clean directory data (issue 19). */
@PortailTest
class SchoolPageIdentityIntegrationTest {

    static final Pattern PHONE = Pattern.compile("0[1-9](?: \\d\\d){4}");

    @Autowired
    MockMvc mvc;

    @Test
    void oneIdentityBlockOnePhoneAndTheSchoolsOwnLinks() throws Exception {
        String page = body("/fougeres/ecoles/0350256N");
        assertThat(page.split("Fiche d'identité", -1)).as("one identity block").hasSize(2);
        // The director's identity rubrique is shown inside it.
        assertThat(page.indexOf("de la petite section au CM2")).isGreaterThan(page.indexOf("Fiche d'identité"));
        assertThat(PHONE.matcher(page).results().map(r -> r.group()).distinct())
                .as("one phone number for the school")
                .filteredOn(p -> !p.equals("02 99 94 88 88"))
                .containsExactly("02 99 94 24 58");
        assertThat(page)
                .contains("href=\"/fougeres/agenda?ecole=0350256N\"")
                .contains("ENT de l'école Odile Gautry")
                .contains("<h1>École primaire publique Odile Gautry</h1>")
                .contains("4 place Lariboisière, 35300 Fougères")
                .contains("Texte officiel de l'Annuaire")
                .contains("35300 FOUGERES");
        assertThat(mvc.perform(get("/fougeres/agenda").param("ecole", "0350256N"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
