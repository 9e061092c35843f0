package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Account;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortailTest
class EmbeddingIntegrationTest {

    @Autowired
    Fixtures fixtures;

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    static final String TOWN = "https://www.essai.example.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    Integrations integrations;

    @Autowired
    Collectivites collectivites;

    long commune() {
        return w.id();
    }

    void allow(Zone... zones) {
        integrations.save(
                commune(), new Integration(List.of(TOWN), TOWN + "/ecoles", EnumSet.copyOf(List.of(zones)), null));
    }

    @Test
    void anAgentChoosesTheZonesAndTheSitesAndGetsTheSnippets() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/integration")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("origines", "https://www.essai.example.fr/\nftp://ailleurs.fr\nwww.sans-schema.fr")
                        .param("urlBase", "https://www.essai.example.fr/ecoles")
                        .param("zones", "questions"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("ligne 2 (« ftp://ailleurs.fr »), ligne 3 (« www.sans-schema.fr »)")))
                .andExpect(content().string(containsString("ftp://ailleurs.fr\nwww.sans-schema.fr")));
        mvc.perform(post("/admin/" + w.slug() + "/integration")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("origines", "https://www.essai.example.fr/")
                        .param("urlBase", "https://autre.example.fr/ecoles")
                        .param("zones", "questions"))
                .andExpect(content().string(containsString("n'est pas dans la liste des sites autorisés")));
        mvc.perform(post("/admin/" + w.slug() + "/integration")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("origines", "https://www.essai.example.fr/")
                        .param("urlBase", "https://www.essai.example.fr/ecoles")
                        .param("zones", "questions", "carte-scolaire")
                        .param("credit", "Avec le concours de l'agglomération"))
                .andExpect(status().is3xxRedirection());
        var saved = integrations.of(commune());
        assertThat(saved.origines()).containsExactly(TOWN);
        assertThat(saved.zones()).containsExactlyInAnyOrder(Zone.QUESTIONS, Zone.CARTE_SCOLAIRE);
        mvc.perform(get("/admin/" + w.slug() + "/integration").with(w.admin().mvc()))
                .andExpect(content()
                        .string(containsString("data-monenfant=\"" + w.slug() + "\" data-zone=\"carte-scolaire\"")))
                .andExpect(content().string(containsString("/" + w.slug() + "/integre/services/carte-scolaire")))
                .andExpect(content().string(not(containsString("data-zone=\"agenda\""))));
        mvc.perform(get("/" + w.slug() + "/integre/questions"))
                .andExpect(content().string(containsString("Avec le concours de l")));
    }

    @Test
    void onlyTheAllowedZonesCanBeFramedAndOnlyByTheAllowedSites() throws Exception {
        mvc.perform(get("/" + w.slug() + "/integre/questions")).andExpect(status().isNotFound());
        allow(Zone.QUESTIONS, Zone.SERVICES);
        mvc.perform(get("/" + w.slug() + "/integre/questions"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self' " + TOWN)))
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(content().string(not(containsString("class=\"site-header\""))))
                .andExpect(content().string(containsString("Service proposé avec Mon enfant à l")))
                // Links inside the zone stay in the frame.
                .andExpect(content().string(containsString("href=\"/" + w.slug() + "/integre/questions/")));
        mvc.perform(get("/" + w.slug() + "/integre/agenda")).andExpect(status().isNotFound());
        mvc.perform(get("/" + w.slug() + "/questions"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString(TOWN))));
        // Another collectivité's pages are never framed by Vitré's site.
        try (var other = fixtures.commune()) {
            mvc.perform(get("/" + other.slug() + "/integre/questions")).andExpect(status().isNotFound());
        }
        // The calculator works inside the frame, where the session cookie is not sent (it stores nothing).
        mvc.perform(post("/" + w.slug() + "/integre/services/quotient-familial")
                        .param("source", "connu")
                        .param("qf", "800"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre quotient familial : 800,00 €")));
    }

    @Test
    void fragmentsAndTheApiAreReadableByTheAllowedSitesOnly() throws Exception {
        allow(Zone.QUESTIONS);
        mvc.perform(get("/" + w.slug() + "/fragment/questions").header("Origin", TOWN))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", TOWN))
                .andExpect(content().string(containsString("<div class=\"monenfant-fragment\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/" + w.slug() + "/fragment/questions").header("Origin", "https://intrus.example.org"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche")
                        .param("q", "cantine")
                        .header("Origin", TOWN))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", TOWN));
        try (var other = fixtures.commune()) {
            mvc.perform(get("/api/v1/" + other.slug() + "/recherche")
                            .param("q", "cantine")
                            .header("Origin", TOWN))
                    .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        }
        mvc.perform(get("/" + w.slug() + "/fragment/ecoles").header("Origin", TOWN))
                .andExpect(status().isNotFound());
    }

    @Test
    void pagesDeclareTheCollectivitesCanonicalAddress() throws Exception {
        try (var withHost = fixtures.commune()) {
            collectivites.addHost(withHost.id(), withHost.slug() + ".localhost");
            canonicalAddresses(withHost);
        }
    }

    private void canonicalAddresses(World withHost) throws Exception {
        String host = withHost.slug() + ".localhost";
        // This one has its own host name.
        mvc.perform(get("/" + withHost.slug() + "/questions"))
                .andExpect(content()
                        .string(containsString("<link rel=\"canonical\" href=\"https://" + host + "/questions\">")));
        // Vitré has none: the embedded zones point to the page of its site that hosts them.
        allow(Zone.QUESTIONS);
        mvc.perform(get("/" + w.slug() + "/questions"))
                .andExpect(content()
                        .string(containsString(
                                "<link rel=\"canonical\" href=\"" + TOWN + "/ecoles?monenfant=%2Fquestions\">")));
        mvc.perform(get("/" + w.slug() + "/ecoles"))
                .andExpect(content().string(not(containsString("rel=\"canonical\""))));
        // On its own host name, no platform link beyond the credit.
        mvc.perform(get("/questions").header("Host", host))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Questions-réponses</h1>")))
                .andExpect(content().string(not(containsString("Toutes les collectivités"))));
    }

    @Test
    void theSnippetsAddressesAlsoWorkOnTheCollectivitesOwnHostName() throws Exception {
        try (var withHost = fixtures.commune()) {
            String host = withHost.slug() + ".localhost";
            collectivites.addHost(withHost.id(), host);
            var id = withHost.id();
            integrations.save(id, new Integration(List.of(TOWN), null, EnumSet.of(Zone.QUESTIONS), null));
            mvc.perform(get("/" + withHost.slug() + "/fragment/questions")
                            .header("Host", host)
                            .header("Origin", TOWN))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Access-Control-Allow-Origin", TOWN))
                    .andExpect(content().string(containsString("<div class=\"monenfant-fragment\"")));
            mvc.perform(get("/integre/questions").header("Host", host))
                    .andExpect(status().isOk())
                    .andExpect(header().string(
                                    "Content-Security-Policy", containsString("frame-ancestors 'self' " + TOWN)));
        }
    }

    @Test
    void anotherCollectivitesSettingsAreNotFound() throws Exception {
        try (var other = fixtures.commune()) {
            notFoundFor(other.admin());
        }
    }

    private void notFoundFor(Account other) throws Exception {
        mvc.perform(get("/admin/" + w.slug() + "/integration").with(other.mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + w.slug() + "/integration")
                        .with(other.mvc())
                        .with(csrf())
                        .param("origines", "https://pirate.example.org")
                        .param("zones", "questions"))
                .andExpect(status().isNotFound());
        assertThat(integrations.of(commune()).origines()).isEmpty();
    }
}
