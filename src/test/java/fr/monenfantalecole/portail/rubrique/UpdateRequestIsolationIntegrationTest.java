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
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivite;
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

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    SchoolPages establishments;

    @Autowired
    UpdateRequests requests;

    @Autowired
    Rubriques rubriques;

    @Autowired
    StaffUsers users;

    @Autowired
    Fixtures fixtures;

    @Test
    void aDirectorSeesAndAnswersOnlyTheRequestsOfTheCollectiviteTheyWriteFor() throws Exception {
        try (var agglomeration = fixtures.agglomeration()) {
            var fixture = TestSchoolPages.create(agglomeration.member(), "Ecole publique des Demandes", rubriques);
            onlyTheirOwn(
                    fixture, agglomeration.collectivite(), agglomeration.admin().email());
        }
    }

    private void onlyTheirOwn(TestSchoolPages fixture, Collectivite agglomeration, String admin) throws Exception {
        String school = fixture.uai();
        String director = fixture.director();
        long by = users.idOf(admin).orElseThrow();
        requests.request(
                agglomeration,
                establishments.require(agglomeration, school),
                null,
                "Demande confidentielle de l'agglomération",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20),
                by);

        mvc.perform(get("/admin/mes-etablissements/" + school).with(staff.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Demande confidentielle de l'agglomération"))));

        var rubrique = rubriques.resolve(fixture.commune()).orElseThrow().rubriques().stream()
                .filter(r -> r.titre().equals("Projet d'école"))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/admin/mes-etablissements/" + school + "/rubriques/" + rubrique.id())
                        .with(csrf())
                        .with(staff.as(director))
                        .param(
                                "texte",
                                "Texte envoyé à la mairie de " + fixture.world().nom() + ".")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.open(agglomeration.id(), school))
                .anyMatch(r -> r.message().equals("Demande confidentielle de l'agglomération"));
    }
}
