package fr.monenfantalecole.portail.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's households that the README lists sign in with the README's password and find their
 * children and household: the subject here is the demo itself (moved from FamilyAccountIntegrationTest,
 * whose other tests sign their own families up on a commune of their own).
 */
@PortailTest
class DemoHouseholdsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoHouseholdsOfTheReadmeSignIn() throws Exception {
        var claire = Families.signIn(port, "fougeres", "claire.dubois@fougeres.demo", "demo-famille-2026");
        var thomas = Families.signIn(port, "fougeres", "thomas.lemoine@fougeres.demo", "demo-famille-2026");
        assertThat(claire.get("/fougeres/mon-espace").body()).contains("Léo Lemoine");
        assertThat(thomas.get("/fougeres/mon-espace/foyer").body()).contains("Claire Dubois suit aussi : Léo");
        assertThat(thomas.get("/fougeres/mon-espace/foyer").body()).doesNotContain("Monique");
        var sophie = Families.signIn(port, "fougeres", "sophie.garnier@fougeres.demo", "demo-famille-2026");
        assertThat(sophie.get("/fougeres/mon-espace").body()).contains("Jade Garnier", "Noah Garnier", "Emma Garnier");
    }
}
