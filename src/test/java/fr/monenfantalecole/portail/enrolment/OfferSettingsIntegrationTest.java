package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agent's settings of the inscription scolaire (issue 15): the proofs required and the reasons
 * accepted, saved for the next requests; an empty list refused next to its field with the other ticks
 * kept and nothing saved; another collectivité's agent gets a 404 and changes nothing. On a commune of its
 * own where the inscription is open ({@link EnrolmentFixture#open}); another commune of its own is the other
 * collectivité, and the one that never offered it.
 */
@PortailTest
class OfferSettingsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Offers offers;

    @Autowired
    EnrolmentFixture fixture;

    /** The commune where the inscription is open (by {@link #open()}, before each test). */
    @OwnCommune
    World w;

    /** Another collectivité, which never offered the inscription scolaire. */
    @OwnCommune
    World elsewhere;

    /** The settings page of the commune where the inscription is open. */
    private String settings = "";

    private long commune;

    @BeforeEach
    void open() {
        fixture.open(w);
        commune = w.id();
        settings = "/admin/" + w.slug() + "/inscriptions/reglages";
    }

    @Test
    void anAgentChoosesTheProofsAndReasonsAndTheNextRequestsFollowThem() throws Exception {
        var before = offers.of(commune).orElseThrow();
        try {
            String shown = body(mvc.perform(get(settings).with(w.admin().mvc())).andExpect(status().isOk()));
            assertThat(shown)
                    .contains("Justificatifs demandés aux familles")
                    .contains("value=\"DOMICILE\" checked")
                    .contains("Les demandes déjà déposées gardent les justificatifs");

            mvc.perform(post(settings)
                            .with(w.admin().mvc())
                            .with(csrf())
                            .param("pieces", "DOMICILE", "JUGEMENT")
                            .param("motifs", "SANTE", "AUTRE"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl(settings));
            var saved = offers.of(commune).orElseThrow();
            assertThat(saved.pieces()).containsExactly(Piece.DOMICILE, Piece.JUGEMENT);
            assertThat(saved.motifs()).containsExactly(Motif.SANTE, Motif.AUTRE);

            String again = body(mvc.perform(get(settings).with(w.admin().mvc())));
            assertThat(again)
                    .contains("value=\"JUGEMENT\" checked")
                    .doesNotContain("value=\"VACCINATIONS\" checked")
                    .doesNotContain("value=\"FRATRIE\" checked");
        } finally {
            offers.save(commune, before);
        }
    }

    @Test
    void noProofTickedIsRefusedNextToTheFieldWithTheReasonsKeptAndNothingSaved() throws Exception {
        var before = offers.of(commune).orElseThrow();
        String page = body(mvc.perform(post(settings)
                        .with(w.admin().mvc())
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
        String none = body(
                mvc.perform(post(settings).with(w.admin().mvc()).with(csrf())).andExpect(status().isOk()));
        assertThat(none).contains("Cochez au moins un justificatif").contains("Cochez au moins un motif");
        assertThat(offers.of(commune).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anotherCollectivitesAgentGetsA404AndChangesNothing() throws Exception {
        var before = offers.of(commune).orElseThrow();
        mvc.perform(get(settings).with(elsewhere.admin().mvc())).andExpect(status().isNotFound());
        mvc.perform(post(settings)
                        .with(elsewhere.admin().mvc())
                        .with(csrf())
                        .param("pieces", "JUGEMENT")
                        .param("motifs", "AUTRE"))
                .andExpect(status().isNotFound());
        assertThat(offers.of(commune).orElseThrow()).isEqualTo(before);
        // Without the CSRF token, even the commune's own agent changes nothing.
        mvc.perform(post(settings)
                        .with(w.admin().mvc())
                        .param("pieces", "JUGEMENT")
                        .param("motifs", "AUTRE"))
                .andExpect(status().isForbidden());
        assertThat(offers.of(commune).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anAgentClosesTheOnlineInscriptionOnlyOnceConfirmed() throws Exception {
        var before = offers.of(commune).orElseThrow();
        try {
            assertThat(body(mvc.perform(get(settings).with(w.admin().mvc()))))
                    .contains("Fermer l'inscription en ligne");
            String unconfirmed = body(
                    mvc.perform(post(settings + "/fermer").with(w.admin().mvc()).with(csrf()))
                            .andExpect(status().isOk()));
            assertThat(unconfirmed)
                    .contains("id=\"confirmation-erreur\"")
                    .contains("id=\"confirmation-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                            + "Cochez la case pour confirmer la fermeture : rien n'a été changé.");
            assertThat(offers.of(commune)).contains(before);
            mvc.perform(post(settings + "/fermer")
                            .with(elsewhere.admin().mvc())
                            .with(csrf())
                            .param("confirmation", "oui"))
                    .andExpect(status().isNotFound());
            assertThat(offers.of(commune)).contains(before);

            mvc.perform(post(settings + "/fermer")
                            .with(w.admin().mvc())
                            .with(csrf())
                            .param("confirmation", "oui"))
                    .andExpect(redirectedUrl(settings));
            assertThat(offers.of(commune)).isEmpty();
            assertThat(body(mvc.perform(get(settings).with(w.admin().mvc()))))
                    .contains("n'est pas encore ouverte aux familles")
                    .doesNotContain("Fermer l'inscription en ligne");
        } finally {
            offers.save(commune, before);
        }
    }

    @Test
    void aCollectiviteThatNeverOfferedItIsToldSavingOpensIt() throws Exception {
        assertThat(offers.of(elsewhere.id())).isEmpty();
        String page = body(mvc.perform(get("/admin/" + elsewhere.slug() + "/inscriptions/reglages")
                        .with(elsewhere.admin().mvc()))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("n'est pas encore ouverte aux familles")
                .contains("value=\"DOMICILE\" checked")
                .doesNotContain("value=\"JUGEMENT\" checked");
        assertThat(offers.of(elsewhere.id())).isEmpty();
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
