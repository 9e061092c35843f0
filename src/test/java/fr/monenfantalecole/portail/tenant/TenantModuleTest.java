package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The tenant module on its own (with {@code shared}: the embedded PostgreSQL and the cluster
 * events), on its own database, without the demo: {@code account} only lends it types. The test
 * makes its commune; a host name it declares serves its portal once the platform validates it, and
 * never another collectivité's.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/tenant-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class TenantModuleTest {

    @Autowired
    Collectivites collectivites;

    @Autowired
    CollectiviteHosts hosts;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyTenantAndSharedAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context)).containsExactlyInAnyOrder("tenant", "shared");
        assertThat(collectivites.all()).extracting(Collectivite::slug).doesNotContain("fougeres");
    }

    @Test
    void aDeclaredHostServesThePortalOnlyOnceThePlatformValidatesIt() {
        Collectivite commune = ModuleSlices.commune(collectivites, "tranche-tenant", "Tranche du tenant", "35991");
        Collectivite other =
                ModuleSlices.commune(collectivites, "tranche-tenant-voisine", "Tranche voisine du tenant", "35990");
        collectivites.updateIdentity(
                commune.id(),
                new IdentityChange(
                        commune.nom(),
                        null,
                        commune.academie(),
                        commune.zoneVacances(),
                        null,
                        null,
                        true,
                        true,
                        List.of("ecoles.tranche-tenant.fr"),
                        null),
                false);

        assertThat(collectivites.findByHost("ecoles.tranche-tenant.fr")).isEmpty();
        assertThat(hosts.declared(commune.id()))
                .containsExactly(new CollectiviteHosts.DeclaredHost("ecoles.tranche-tenant.fr", false));
        assertThat(hosts.owner("ecoles.tranche-tenant.fr")).contains(commune.id());

        assertThat(hosts.approve(other.id(), "ecoles.tranche-tenant.fr")).isFalse();
        assertThat(collectivites.findByHost("ecoles.tranche-tenant.fr")).isEmpty();
        assertThat(hosts.approve(commune.id(), "ecoles.tranche-tenant.fr")).isTrue();

        assertThat(collectivites.findByHost("Ecoles.Tranche-Tenant.fr"))
                .map(Collectivite::slug)
                .contains("tranche-tenant");
        assertThat(collectivites.hosts(commune.id())).containsExactly("ecoles.tranche-tenant.fr");
        assertThat(collectivites.hosts(other.id())).isEmpty();
    }
}
