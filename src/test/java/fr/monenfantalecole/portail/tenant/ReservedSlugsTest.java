package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedSlugsTest {

    @Test
    void aLiteralSegmentWhereAnotherRouteHasASlugIsReserved() {
        var reserved = ReservedSlugs.amongRoutes(List.of(
                "/",
                "/{slug}/ecoles",
                "/{slug}/ecoles/{uai}",
                "/robots.txt",
                "/admin",
                "/admin/{slug}/identite",
                "/admin/connexion",
                "/admin/redaction/actualites",
                "/admin/invitation/{jeton}",
                "/api/v1/{slug}/fiches",
                "/api/v1/documentation",
                "/webjars/**"));
        assertThat(reserved)
                .containsExactlyInAnyOrder(
                        "robots.txt",
                        "admin",
                        "api",
                        "webjars",
                        "connexion",
                        "redaction",
                        "invitation",
                        "documentation");
    }
}
