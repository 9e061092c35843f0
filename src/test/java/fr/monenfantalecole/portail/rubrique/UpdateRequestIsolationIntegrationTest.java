package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.account.TestAccounts;
import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two collectivités follow the same school (a commune and its intercommunalité): the director who writes
 * for the commune sees only the commune's update requests, and answering them leaves the
 * intercommunalité's open.
 */
@PortailTest
class UpdateRequestIsolationIntegrationTest {

    static final String SCHOOL = "9920201F";

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

    @Autowired
    TemporaryCollectivites temporary;

    @Autowired
    ApplicationContext context;

    @Test
    void aDirectorSeesAndAnswersOnlyTheRequestsOfTheCollectiviteTheyWriteFor() throws Exception {
        var pages = TestSchoolPages.of(context);
        var fixture =
                pages.create("pages-demandes", "Demandes-sur-Vilaine", "99202", SCHOOL, "Ecole publique des Demandes");
        var agglomeration = TestSchools.collectivite(
                collectivites, CollectiviteType.EPCI, "pages-demandes-agglo", "Demandes Agglomération", null, null);
        try {
            collectivites.addMember(agglomeration.id(), "99202", "Demandes-sur-Vilaine");
            String admin = TestAccounts.create(
                    users, "admin@pages-demandes-agglo.test", Role.COLLECTIVITE_ADMIN, agglomeration.id());
            onlyTheirOwn(fixture, collectivites.findById(agglomeration.id()).orElseThrow(), admin);
        } finally {
            temporary.delete(agglomeration);
            pages.delete(fixture);
        }
    }

    private void onlyTheirOwn(TestSchoolPages.Fixture fixture, Collectivite agglomeration, String admin)
            throws Exception {
        String director = fixture.director();
        long by = users.idOf(admin).orElseThrow();
        requests.request(
                agglomeration,
                establishments.require(agglomeration, SCHOOL),
                null,
                "Demande confidentielle de l'agglomération",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20),
                by);

        mvc.perform(get("/admin/mes-etablissements/" + SCHOOL).with(staff.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Demande confidentielle de l'agglomération"))));

        var rubrique = rubriques.resolve(fixture.commune()).orElseThrow().rubriques().stream()
                .filter(r -> r.titre().equals("Projet d'école"))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/admin/mes-etablissements/" + SCHOOL + "/rubriques/" + rubrique.id())
                        .with(csrf())
                        .with(staff.as(director))
                        .param("texte", "Texte envoyé à la mairie de Demandes-sur-Vilaine.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.open(agglomeration.id(), SCHOOL))
                .anyMatch(r -> r.message().equals("Demande confidentielle de l'agglomération"));
    }
}
