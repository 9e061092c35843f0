package fr.monenfantalecole.portail.news;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The news module on its own (with {@code shared}, which brings the embedded PostgreSQL and the
 * cluster events), on its own database: no tenant, account or demo bean in the context, so the
 * module's data rules hold without them.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/news-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class NewsModuleTest {

    @Autowired
    Actualites actualites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyNewsAndSharedAreBootstrapped() {
        assertThat(context.getBeanNamesForType(Actualites.class)).hasSize(1);
        assertThat(ModuleSlices.modulesOfBeans(context)).containsExactlyInAnyOrder("news", "shared");
    }

    @Test
    void aNationalDossierIsSeenWhenPublishedUntilTheCollectiviteHidesIt(AssertablePublishedEvents events) {
        long commune = jdbc.sql("""
                        insert into collectivite (slug, type, nom, academie, zone_vacances)
                        values ('tranche-news', 'COMMUNE', 'Tranche des actualités', 'Rennes', 'B')
                        returning id""").query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        long published = actualites.create(null, "Rentrée nationale", "Résumé.", "Texte.", today.minusDays(1), null);
        long later = actualites.create(null, "Annonce programmée", "Résumé.", "Texte.", today.plusDays(3), null);

        assertThat(actualites.visible(commune, today, 50))
                .extracting(Actualite::id)
                .contains(published)
                .doesNotContain(later);

        actualites.hide(commune, published);

        assertThat(actualites.visible(commune, today, 50))
                .extracting(Actualite::id)
                .doesNotContain(published);
        assertThat(actualites.hidden(commune)).containsExactly(published);
        assertThat(events).contains(Actualites.Changed.class).matching(Actualites.Changed::collectiviteId, commune);
    }
}
