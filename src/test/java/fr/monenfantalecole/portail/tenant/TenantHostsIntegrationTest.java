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

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import org.junit.jupiter.api.AfterEach;
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
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Collectivites collectivites;

    @Autowired
    CollectiviteHosts hosts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void forgetTheHostsOfVitre() {
        jdbc.sql("delete from collectivite_host where collectivite_id = :id")
                .param("id", vitre().id())
                .update();
        collectivites.forget();
    }

    private Collectivite vitre() {
        return collectivites.findBySlug("vitre").orElseThrow();
    }

    private MockHttpServletRequestBuilder identityOfVitre(String hosts) {
        var v = vitre();
        return post("/admin/vitre/identite")
                .with(csrf())
                .param("nom", v.nom())
                .param("siren", v.siren())
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
                new String[] {"monenfantalecole.test", "vitre.monenfantalecole.test", "WWW.MonEnfantAlEcole.test"}) {
            mvc.perform(identityOfVitre("ecoles.vitre.test\n" + host).with(staff.admin("vitre")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("appartient à la plateforme")))
                    .andExpect(content().string(containsString(">ecoles.vitre.test\n" + host + "</textarea>")));
        }
        assertThat(hosts.declared(vitre().id())).isEmpty();
        mvc.perform(on("monenfantalecole.test", "/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Mon enfant à l'école à Vitré"))));
    }

    @Test
    void aNewHostServesOnlyOnceTheOperatorValidatedIt() throws Exception {
        mvc.perform(identityOfVitre("ecoles.vitre.test").with(staff.admin("vitre")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/vitre/identite").with(staff.admin("vitre")))
                .andExpect(content()
                        .string(containsString("ecoles.vitre.test : en attente de validation par la plateforme")))
                .andExpect(content().string(not(containsString("Valider ecoles.vitre.test"))));
        mvc.perform(on("ecoles.vitre.test", "/"))
                .andExpect(content().string(not(containsString("Mon enfant à l'école à Vitré"))));
        // Only the operator validates.
        mvc.perform(post("/admin/vitre/identite/hote/valider")
                        .with(csrf())
                        .with(staff.admin("vitre"))
                        .param("host", "ecoles.vitre.test"))
                .andExpect(status().isNotFound());
        mvc.perform(on("ecoles.vitre.test", "/"))
                .andExpect(content().string(not(containsString("Mon enfant à l'école à Vitré"))));

        mvc.perform(get("/admin/vitre/identite").with(staff.platform()))
                .andExpect(content().string(containsString("Valider ecoles.vitre.test")));
        mvc.perform(post("/admin/vitre/identite/hote/valider")
                        .with(csrf())
                        .with(staff.platform())
                        .param("host", "ecoles.vitre.test"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(on("ecoles.vitre.test", "/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mon enfant à l'école à Vitré")));
        mvc.perform(get("/admin/vitre/identite").with(staff.admin("vitre")))
                .andExpect(content().string(containsString("ecoles.vitre.test : en service")));

        // Saving the identity again keeps the validated name in service.
        mvc.perform(identityOfVitre("ecoles.vitre.test\nvitre.localhost").with(staff.admin("vitre")))
                .andExpect(status().is3xxRedirection());
        assertThat(hosts.declared(vitre().id()))
                .containsExactly(
                        new CollectiviteHosts.DeclaredHost("ecoles.vitre.test", true),
                        new CollectiviteHosts.DeclaredHost("vitre.localhost", false));
    }

    @Test
    void aPlatformNameStoredForACollectiviteNeverWinsOverThePlatform() throws Exception {
        collectivites.addHost(vitre().id(), "monenfantalecole.test");
        mvc.perform(on("monenfantalecole.test", "/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Mon enfant à l'école à Vitré"))))
                .andExpect(content().string(containsString("href=\"/fougeres/\"")));
        mvc.perform(on("monenfantalecole.test", "/fougeres/"))
                .andExpect(content().string(containsString("Mon enfant à l'école à Fougères")));
    }

    @Test
    void aForgedHostNeverReachesARedirect() throws Exception {
        mvc.perform(on("evil.example", "/admin"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/connexion"));
        // Absolute links built from the request name the platform's public address instead.
        mvc.perform(on("evil.example", "/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("evil.example"))))
                .andExpect(content().string(containsString("Sitemap: http://localhost:8080/fougeres/sitemap.xml")));
        // A host declared but not validated is unknown too; a known one keeps its own address.
        mvc.perform(identityOfVitre("ecoles.vitre.test").with(staff.admin("vitre")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(on("ecoles.vitre.test", "/robots.txt"))
                .andExpect(content().string(not(containsString("vitre.test"))));
        mvc.perform(on("fougeres.localhost", "/robots.txt"))
                .andExpect(content().string(containsString("Sitemap: http://fougeres.localhost/sitemap.xml")));
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
