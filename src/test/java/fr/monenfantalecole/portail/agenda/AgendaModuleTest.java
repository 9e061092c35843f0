package fr.monenfantalecole.portail.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The agenda module with the modules whose beans it uses ({@code school}, {@code tenant},
 * {@code shared}: Modulith's direct dependencies; {@code account} only lends it types), on its own
 * database: the test makes its communes and their
 * events; the agenda answers each collectivité with its own events, and a school's view with the
 * collectivité-wide ones and that school's.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/agenda-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class AgendaModuleTest {

    @Autowired
    Agenda agenda;

    @Autowired
    AgendaEvents events;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyAgendaAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder("agenda", "school", "tenant", "shared");
    }

    @Test
    void eachCollectiviteSeesItsOwnEventsAndASchoolAlsoItsOwn(AssertablePublishedEvents published) {
        Collectivite commune = commune("tranche-agenda", "Tranche de l'agenda", "35997");
        Collectivite other = commune("tranche-agenda-voisine", "Tranche voisine", "35996");
        LocalDateTime fete = LocalDateTime.of(2026, 6, 27, 10, 0);
        long wide = events.create(
                commune.id(),
                new AgendaEvent.Data(
                        null,
                        "Inscriptions à la cantine",
                        EventCategory.INSCRIPTION,
                        "En mairie.",
                        "Mairie",
                        true,
                        fete.minusDays(3),
                        fete.minusDays(3)),
                null,
                false);
        long school = events.create(
                commune.id(),
                new AgendaEvent.Data(
                        "0359901A", "Fête de l'école", EventCategory.FETE, "", "Cour", false, fete, fete.plusHours(7)),
                null,
                false);
        events.create(
                commune.id(),
                new AgendaEvent.Data(
                        "0359903C",
                        "Fête d'une autre école",
                        EventCategory.FETE,
                        "",
                        "",
                        false,
                        fete,
                        fete.plusHours(2)),
                null,
                false);
        LocalDate from = LocalDate.of(2026, 6, 1);
        LocalDate to = LocalDate.of(2026, 7, 1);

        assertThat(agenda.events(commune, null, from, to)).hasSize(3);
        assertThat(agenda.events(commune, "0359901A", from, to))
                .extracting(AgendaEvent::id)
                .containsExactlyInAnyOrder(wide, school);
        assertThat(agenda.event(commune, school).orElseThrow().quand()).isEqualTo("samedi 27 juin 2026 de 10 h à 17 h");
        assertThat(agenda.events(other, null, from, to)).isEmpty();
        assertThat(agenda.event(other, school)).isEmpty();
        assertThat(published)
                .contains(AgendaEvents.Changed.class)
                .matching(AgendaEvents.Changed::collectiviteId, commune.id());
    }

    private Collectivite commune(String slug, String nom, String codeInsee) {
        return ModuleSlices.commune(collectivites, slug, nom, codeInsee);
    }
}
