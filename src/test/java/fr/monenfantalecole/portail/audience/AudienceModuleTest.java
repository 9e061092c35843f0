package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The audience module with the modules whose beans it uses ({@code fiche}, {@code mail},
 * {@code school}, {@code tenant}, {@code shared}: Modulith's direct dependencies) and
 * {@code localdata}, which {@code fiche} needs to start; on its own database, without the demo. The
 * test makes its communes and hands views to the buffer as the filter does; a commune's dashboard
 * counts its own views and visitors, and no other commune's.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "localdata")
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/audience-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class AudienceModuleTest {

    static final String PHONE =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

    @Autowired
    ViewBuffer buffer;

    @Autowired
    AudienceStore store;

    @Autowired
    Rollups rollups;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Clock clock;

    @Autowired
    NationalAudience national;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyAudienceAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                // account: the monthly summaries ask it for their subscribers' addresses (StaffUsers).
                .containsExactlyInAnyOrder(
                        "audience", "account", "fiche", "localdata", "mail", "school", "tenant", "shared");
    }

    @Test
    void aCommunesDashboardCountsItsOwnViewsAndVisitors() {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-audience", "Tranche de l'audience", "35981");
        Collectivite other = ModuleSlices.commune(
                collectivites, "tranche-audience-voisine", "Tranche voisine de l'audience", "35980");
        var now = clock.instant();
        buffer.add(view(now, commune, PageKind.ACCUEIL, "", "192.0.2.1"));
        buffer.add(view(now, commune, PageKind.ACTUALITES, "", "192.0.2.1"));
        buffer.add(view(now, commune, PageKind.ACCUEIL, "", "192.0.2.2"));
        buffer.add(view(now, other, PageKind.ACCUEIL, "", "192.0.2.3"));
        store.flush();
        LocalDate today = LocalDate.ofInstant(now, PortailClock.ZONE);
        rollups.rollUp(today);

        var period = new Period(today, today, "jour");
        var mine = dashboards.of(commune, period);
        assertThat(mine.totals().vues()).isEqualTo(3);
        assertThat(mine.totals().visiteurs()).isEqualTo(2);
        assertThat(dashboards.of(other, period).totals().vues()).isEqualTo(1);
    }

    /**
     * The operator's list holds every portal, those without a visit too (tenant's API gives the portals,
     * audience its counts), most visited first; a collectivité deleted since its views were recorded is
     * neither counted nor listed.
     */
    @Test
    void theOperatorSeesEveryPortalRankedByVisitsAndNoneDeleted() {
        Collectivite busy = ModuleSlices.commune(collectivites, "tranche-audience-vive", "Tranche vive", "35974");
        Collectivite quiet = ModuleSlices.commune(collectivites, "tranche-audience-calme", "Tranche calme", "35973");
        Collectivite gone = ModuleSlices.commune(collectivites, "tranche-audience-partie", "Tranche partie", "35972");
        var now = clock.instant();
        buffer.add(view(now, busy, PageKind.ACCUEIL, "", "192.0.2.10"));
        buffer.add(view(now, busy, PageKind.ACTUALITES, "", "192.0.2.11"));
        buffer.add(view(now, gone, PageKind.ACCUEIL, "", "192.0.2.12"));
        store.flush();
        // Deleted as the operator's console does it: the raw view stays behind, its daily count must not.
        jdbc.sql("delete from collectivite where id = ?").param(gone.id()).update();
        collectivites.forget();
        LocalDate today = LocalDate.ofInstant(now, PortailClock.ZONE);
        rollups.rollUp(today);

        var portals = national.portals(new Period(today, today, "jour"));
        List<String> slugs =
                portals.stream().map(NationalAudience.PortalCount::slug).toList();
        assertThat(slugs).contains(busy.slug(), quiet.slug()).doesNotContain(gone.slug());
        assertThat(slugs.indexOf(busy.slug())).isLessThan(slugs.indexOf(quiet.slug()));
        assertThat(portals.get(slugs.indexOf(busy.slug())))
                .extracting(NationalAudience.PortalCount::nom, NationalAudience.PortalCount::visites)
                .containsExactly("Tranche vive", 2L);
        assertThat(portals.get(slugs.indexOf(quiet.slug())).visites()).isZero();
        assertThat(jdbc.sql("select count(*) from audience_jour where collectivite_id = ?")
                        .param(gone.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static PageView view(Instant at, Collectivite collectivite, PageKind kind, String cible, String address) {
        return new PageView(at, collectivite.id(), kind, cible, null, Channel.DIRECT, Device.MOBILE, address, PHONE);
    }
}
