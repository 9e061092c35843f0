package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agent's settings of the inscription scolaire (issue 15): the proofs required and the reasons
 * accepted, saved for the next requests; an empty list refused next to its field with the other ticks
 * kept and nothing saved; another collectivité's agent gets a 404 and changes nothing.
 */
@PortailTest
class OfferSettingsIntegrationTest {

    private static final String PAGE = "/admin/fougeres/inscriptions/reglages";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Offers offers;

    @Autowired
    Collectivites collectivites;

    @Test
    void anAgentChoosesTheProofsAndReasonsAndTheNextRequestsFollowThem() throws Exception {
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        var before = offers.of(fougeres).orElseThrow();
        try {
            String shown =
                    body(mvc.perform(get(PAGE).with(staff.admin("fougeres"))).andExpect(status().isOk()));
            assertThat(shown)
                    .contains("Justificatifs demandés aux familles")
                    .contains("value=\"DOMICILE\" checked")
                    .contains("Les demandes déjà déposées gardent les justificatifs");

            mvc.perform(post(PAGE)
                            .with(staff.admin("fougeres"))
                            .with(csrf())
                            .param("pieces", "DOMICILE", "JUGEMENT")
                            .param("motifs", "SANTE", "AUTRE"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl(PAGE));
            var saved = offers.of(fougeres).orElseThrow();
            assertThat(saved.pieces()).containsExactly(Piece.DOMICILE, Piece.JUGEMENT);
            assertThat(saved.motifs()).containsExactly(Motif.SANTE, Motif.AUTRE);

            String again = body(mvc.perform(get(PAGE).with(staff.admin("fougeres"))));
            assertThat(again)
                    .contains("value=\"JUGEMENT\" checked")
                    .doesNotContain("value=\"VACCINATIONS\" checked")
                    .doesNotContain("value=\"FRATRIE\" checked");
        } finally {
            offers.save(fougeres, before);
        }
    }

    @Test
    void noProofTickedIsRefusedNextToTheFieldWithTheReasonsKeptAndNothingSaved() throws Exception {
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        var before = offers.of(fougeres).orElseThrow();
        String page = body(mvc.perform(post(PAGE)
                        .with(staff.admin("fougeres"))
                        .with(csrf())
                        .param("motifs", "TRAVAIL")
                        .param("pieces", "INCONNUE"))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("Le formulaire n'a pas été enregistré")
                .contains("id=\"pieces-erreur\"")
                .contains("Cochez au moins un justificatif")
                .contains("value=\"TRAVAIL\" checked")
                .doesNotContain("value=\"FRATRIE\" checked");
        String none = body(mvc.perform(post(PAGE).with(staff.admin("fougeres")).with(csrf()))
                .andExpect(status().isOk()));
        assertThat(none).contains("Cochez au moins un justificatif").contains("Cochez au moins un motif");
        assertThat(offers.of(fougeres).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anotherCollectivitesAgentGetsA404AndChangesNothing() throws Exception {
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        var before = offers.of(fougeres).orElseThrow();
        mvc.perform(get(PAGE).with(staff.admin("rennes"))).andExpect(status().isNotFound());
        mvc.perform(post(PAGE)
                        .with(staff.admin("rennes"))
                        .with(csrf())
                        .param("pieces", "JUGEMENT")
                        .param("motifs", "AUTRE"))
                .andExpect(status().isNotFound());
        assertThat(offers.of(fougeres).orElseThrow()).isEqualTo(before);
        // Without the CSRF token, even Fougères's own agent changes nothing.
        mvc.perform(post(PAGE)
                        .with(staff.admin("fougeres"))
                        .param("pieces", "JUGEMENT")
                        .param("motifs", "AUTRE"))
                .andExpect(status().isForbidden());
        assertThat(offers.of(fougeres).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anAgentClosesTheOnlineInscriptionOnlyOnceConfirmed() throws Exception {
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        var before = offers.of(fougeres).orElseThrow();
        try {
            assertThat(body(mvc.perform(get(PAGE).with(staff.admin("fougeres")))))
                    .contains("Fermer l'inscription en ligne");
            String unconfirmed = body(mvc.perform(
                            post(PAGE + "/fermer").with(staff.admin("fougeres")).with(csrf()))
                    .andExpect(status().isOk()));
            assertThat(unconfirmed)
                    .contains("id=\"confirmation-erreur\"")
                    .contains("id=\"confirmation-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                            + "Cochez la case pour confirmer la fermeture : rien n'a été changé.");
            assertThat(offers.of(fougeres)).contains(before);
            mvc.perform(post(PAGE + "/fermer")
                            .with(staff.admin("rennes"))
                            .with(csrf())
                            .param("confirmation", "oui"))
                    .andExpect(status().isNotFound());
            assertThat(offers.of(fougeres)).contains(before);

            mvc.perform(post(PAGE + "/fermer")
                            .with(staff.admin("fougeres"))
                            .with(csrf())
                            .param("confirmation", "oui"))
                    .andExpect(redirectedUrl(PAGE));
            assertThat(offers.of(fougeres)).isEmpty();
            assertThat(body(mvc.perform(get(PAGE).with(staff.admin("fougeres")))))
                    .contains("n'est pas encore ouverte aux familles")
                    .doesNotContain("Fermer l'inscription en ligne");
        } finally {
            offers.save(fougeres, before);
        }
    }

    @Test
    void aCollectiviteThatNeverOfferedItIsToldSavingOpensIt() throws Exception {
        long rennes = collectivites.findBySlug("rennes").orElseThrow().id();
        assertThat(offers.of(rennes)).isEmpty();
        String page =
                body(mvc.perform(get("/admin/rennes/inscriptions/reglages").with(staff.admin("rennes")))
                        .andExpect(status().isOk()));
        assertThat(page)
                .contains("n'est pas encore ouverte aux familles")
                .contains("value=\"DOMICILE\" checked")
                .doesNotContain("value=\"JUGEMENT\" checked");
        assertThat(offers.of(rennes)).isEmpty();
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
