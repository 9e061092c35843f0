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

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A collectivité's own host names: never the platform's, and serving only once the operator has
 * validated them (issue 12, hole 2); a Host nobody knows never ends up in a redirect (hole 10).
 */
@PortailTest
class TenantHostsIntegrationTest {

    @Autowired
    Fixtures fixtures;

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    CollectiviteHosts hosts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private Collectivite commune() {
        return collectivites.findBySlug(w.slug()).orElseThrow();
    }

    private MockHttpServletRequestBuilder identity(String hosts) {
        var v = commune();
        return post("/admin/" + w.slug() + "/identite")
                .with(csrf())
                .param("nom", v.nom())
                .param("siren", v.siren() == null ? "" : v.siren())
                .param("academie", v.academie())
                .param("zoneVacances", v.zoneVacances())
                .param("afficherEcoles", "true")
                .param("hosts", hosts);
    }

    private static MockHttpServletRequestBuilder on(String host, String path) {
        return get(path).with(request -> {
            request.setServerName(host);
            return request;
        });
    }

    @Test
    void anAdminCannotTakeThePlatformsHostNameNorOneOfItsSubdomains() throws Exception {
        for (String host :
                new String[] {"monenfantalecole.test", w.slug() + ".monenfantalecole.test", "WWW.MonEnfantAlEcole.test"
                }) {
            mvc.perform(identity("ecoles." + w.slug() + ".test\n" + host)
                            .with(w.admin().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("appartient à la plateforme")))
                    .andExpect(
                            content().string(containsString(">ecoles." + w.slug() + ".test\n" + host + "</textarea>")));
        }
        assertThat(hosts.declared(commune().id())).isEmpty();
        mvc.perform(on("monenfantalecole.test", "/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(not(containsString(
                                "Mon enfant à l'école à " + commune().nom()))));
    }

    @Test
    void aNewHostServesOnlyOnceTheOperatorValidatedIt() throws Exception {
        mvc.perform(identity("ecoles." + w.slug() + ".test").with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/" + w.slug() + "/identite").with(w.admin().mvc()))
                .andExpect(content()
                        .string(containsString(
                                "ecoles." + w.slug() + ".test : en attente de validation par la plateforme")))
                .andExpect(content().string(not(containsString("Valider ecoles." + w.slug() + ".test"))));
        mvc.perform(on("ecoles." + w.slug() + ".test", "/"))
                .andExpect(content()
                        .string(not(containsString(
                                "Mon enfant à l'école à " + commune().nom()))));
        // Only the operator validates.
        mvc.perform(post("/admin/" + w.slug() + "/identite/hote/valider")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("host", "ecoles." + w.slug() + ".test"))
                .andExpect(status().isNotFound());
        mvc.perform(on("ecoles." + w.slug() + ".test", "/"))
                .andExpect(content()
                        .string(not(containsString(
                                "Mon enfant à l'école à " + commune().nom()))));

        mvc.perform(get("/admin/" + w.slug() + "/identite").with(w.platform().mvc()))
                .andExpect(content().string(containsString("Valider ecoles." + w.slug() + ".test")));
        mvc.perform(post("/admin/" + w.slug() + "/identite/hote/valider")
                        .with(csrf())
                        .with(w.platform().mvc())
                        .param("host", "ecoles." + w.slug() + ".test"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(on("ecoles." + w.slug() + ".test", "/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Mon enfant à l'école à " + commune().nom())));
        mvc.perform(get("/admin/" + w.slug() + "/identite").with(w.admin().mvc()))
                .andExpect(content().string(containsString("ecoles." + w.slug() + ".test : en service")));

        // Saving the identity again keeps the validated name in service.
        mvc.perform(identity("ecoles." + w.slug() + ".test\n" + w.slug() + ".localhost")
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        assertThat(hosts.declared(commune().id()))
                .containsExactly(
                        new CollectiviteHosts.DeclaredHost("ecoles." + w.slug() + ".test", true),
                        new CollectiviteHosts.DeclaredHost(w.slug() + ".localhost", false));
    }

    @Test
    void aPlatformNameStoredForACollectiviteNeverWinsOverThePlatform() throws Exception {
        try (var other = fixtures.commune()) {
            collectivites.addHost(commune().id(), "monenfantalecole.test");
            mvc.perform(on("monenfantalecole.test", "/"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(not(containsString(
                                    "Mon enfant à l'école à " + commune().nom()))))
                    .andExpect(content().string(containsString("href=\"/" + other.slug() + "/\"")));
            mvc.perform(on("monenfantalecole.test", "/" + other.slug() + "/"))
                    .andExpect(content().string(containsString("Mon enfant à l'école à " + other.nom())));
        }
    }

    @Test
    void aForgedHostNeverReachesARedirect() throws Exception {
        try (var other = fixtures.commune()) {
            collectivites.addHost(other.id(), other.slug() + ".localhost");
            forgedHostsNeverReachARedirect(other);
        }
    }

    private void forgedHostsNeverReachARedirect(World other) throws Exception {
        mvc.perform(on("evil.example", "/admin"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/connexion"));
        // Absolute links built from the request name the platform's public address instead.
        mvc.perform(on("evil.example", "/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("evil.example"))))
                .andExpect(content()
                        .string(containsString("Sitemap: http://localhost:8080/" + other.slug() + "/sitemap.xml")));
        // A host declared but not validated is unknown too; a known one keeps its own address.
        mvc.perform(identity("ecoles." + w.slug() + ".test").with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(on("ecoles." + w.slug() + ".test", "/robots.txt"))
                .andExpect(content().string(not(containsString(w.slug() + ".test"))));
        mvc.perform(on(other.slug() + ".localhost", "/robots.txt"))
                .andExpect(
                        content().string(containsString("Sitemap: http://" + other.slug() + ".localhost/sitemap.xml")));
    }

    @Test
    void overHttpTheForgedHostIsNotInTheLocationEither() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET /admin HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer)
                    .startsWith("HTTP/1.1 302")
                    .contains("\r\nLocation: /admin/connexion\r\n")
                    .doesNotContain("evil.example");
        }
    }
}
