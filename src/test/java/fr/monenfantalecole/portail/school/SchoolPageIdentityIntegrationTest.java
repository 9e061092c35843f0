package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.rubrique.PublishedSchoolPage;
import fr.monenfantalecole.portail.service.LienService;
import fr.monenfantalecole.portail.service.LiensServices;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A school page has one identity block, one phone, its agenda and ENT, and clean directory data (issue 19). */
@PortailTest
class SchoolPageIdentityIntegrationTest {

    static final Pattern PHONE = Pattern.compile("0[1-9](?: \\d\\d){4}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LiensServices liens;

    @OwnCommune
    World w;

    /**
     * An école as the Annuaire lists a real one (street, town line in capitals, phone), with its ENT link
     * and a page its director wrote and the commune validated (identity, contacts with the school's phone
     * and the mairie's).
     */
    private School school() throws Exception {
        String uai = TestSchools.ecoleWithIdentity(
                context,
                w,
                "Ecole primaire publique Rosalind Franklin",
                PublishedSchoolPage.SCHOOL_PHONE.replace(" ", ""));
        long ent = liens.create(
                w.id(),
                new LiensServices.Saisie(
                        LienService.Type.ENT,
                        uai,
                        "ENT de l'école Rosalind Franklin",
                        "Cahier de liaison et messages de l'équipe.",
                        "Familles de l'école",
                        "https://beneylu.com/school/",
                        2));
        w.afterwards(() -> liens.delete(w.id(), ent));
        return PublishedSchoolPage.publish(context, w, new School(uai, "Ecole primaire publique Rosalind Franklin"));
    }

    @Test
    void oneIdentityBlockOnePhoneAndTheSchoolsOwnLinks() throws Exception {
        String uai = school().uai();
        String page = body("/" + w.slug() + "/ecoles/" + uai);
        assertThat(page.split("Fiche d'identité", -1)).as("one identity block").hasSize(2);
        // The director's identity rubrique is shown inside it.
        assertThat(page.indexOf("de la petite section au CM2")).isGreaterThan(page.indexOf("Fiche d'identité"));
        assertThat(PHONE.matcher(page).results().map(r -> r.group()).distinct())
                .as("one phone number for the school")
                .filteredOn(p -> !p.equals(PublishedSchoolPage.MAIRIE_PHONE))
                .containsExactly(PublishedSchoolPage.SCHOOL_PHONE);
        assertThat(page)
                .contains("href=\"/" + w.slug() + "/agenda?ecole=" + uai + "\"")
                .contains("ENT de l'école Rosalind Franklin")
                .contains("<h1>École primaire publique Rosalind Franklin</h1>")
                .contains(TestSchools.STREET + ", " + TestSchools.POSTAL_CODE + " " + w.nom())
                .contains("Texte officiel de l'Annuaire")
                .contains(TestSchools.POSTAL_CODE + " " + w.nom().toUpperCase(java.util.Locale.FRENCH));
        assertThat(mvc.perform(get("/" + w.slug() + "/agenda").param("ecole", uai))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
