package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two collectivités follow the same school (a commune and its intercommunalité): the director who writes
 * for the commune sees only the commune's update requests, and answering them leaves the
 * intercommunalité's open.
 */
@PortailTest
class UpdateRequestIsolationIntegrationTest {

    static final String SCHOOL = "0350256N";
    static final String DIRECTOR = "directeur.0350256n@fougeres.demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Collectivites collectivites;

    @Autowired
    SchoolPages establishments;

    @Autowired
    UpdateRequests requests;

    @Autowired
    Rubriques rubriques;

    @Autowired
    StaffUsers users;

    @Test
    void aDirectorSeesAndAnswersOnlyTheRequestsOfTheCollectiviteTheyWriteFor() throws Exception {
        var departement = collectivites.findBySlug("fougeres-agglomeration").orElseThrow();
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        long by = users.idOf("admin@fougeres-agglomeration.demo").orElseThrow();
        requests.request(
                departement,
                establishments.require(departement, SCHOOL),
                null,
                "Demande confidentielle de l'agglomération",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20),
                by);

        mvc.perform(get("/admin/mes-etablissements/" + SCHOOL).with(staff.as(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Demande confidentielle de l'agglomération"))));

        var rubrique = rubriques.resolve(fougeres).orElseThrow().rubriques().stream()
                .filter(r -> r.titre().equals("Projet d'école"))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/admin/mes-etablissements/" + SCHOOL + "/rubriques/" + rubrique.id())
                        .with(csrf())
                        .with(staff.as(DIRECTOR))
                        .param("texte", "Texte envoyé à la mairie de Fougères.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.open(departement.id(), SCHOOL))
                .anyMatch(r -> r.message().equals("Demande confidentielle de l'agglomération"));
    }
}
