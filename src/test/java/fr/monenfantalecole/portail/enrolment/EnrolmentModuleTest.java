package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The enrolment module with the modules whose beans it uses (Modulith's direct dependencies:
 * {@code family}, {@code mail}, {@code school}, {@code sector}, {@code tenant}, {@code shared}) and
 * those {@code family}'s beans need to start ({@code account}, {@code agenda}, {@code news}); on its
 * own database, without the demo. The test makes its communes, their offer, a parent and a child: a request for a
 * school the commune does not have, or for a class that does not fit the child's age, is refused
 * with the message the parent reads, and leaves nothing behind.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"account", "agenda", "news"})
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/enrolment-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class EnrolmentModuleTest {

    /** The integration tests' fixture, a bean of this package, needs the whole portal's test mailbox. */
    @MockitoBean
    EnrolmentFixture fixture;

    @Autowired
    Filing filing;

    @Autowired
    Offers offers;

    @Autowired
    Choices choices;

    @Autowired
    Requests requests;

    @Autowired
    Adults adults;

    @Autowired
    Children children;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyEnrolmentAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder(
                        "enrolment",
                        "family",
                        "mail",
                        "school",
                        "sector",
                        "tenant",
                        "account",
                        "agenda",
                        "news",
                        "shared");
    }

    @Test
    void aRequestTheCommuneCannotTakeIsRefusedWithTheParentsMessageAndLeavesNothing() {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-inscriptions", "Tranche des inscriptions", "35976");
        Collectivite other = ModuleSlices.commune(
                collectivites, "tranche-inscriptions-voisine", "Tranche voisine des inscriptions", "35975");
        offers.save(commune.id(), new Offers.Offer(List.of(), List.of(Motif.TRAVAIL)));
        long parent = adults.create(new Adults.NewAdult(
                        commune.id(),
                        "parent@tranche-inscriptions.test",
                        null,
                        "Tranchet",
                        "Sacha",
                        "2026-12",
                        null,
                        null))
                .orElseThrow();
        String year = choices.coming();
        int rentree = Integer.parseInt(year.substring(0, 4));
        long child = children.add(
                parent,
                new Children.ChildData(
                        "Tranchet", "Noé", LocalDate.of(rentree - 6, 1, 15), "M", null, "GS", year, false));

        var elsewhere = filing.file(
                commune,
                adults.get(parent),
                new Application(child, year, "CP", "derogation", "0359999Z", "TRAVAIL", "", Map.of()));
        var tooOld = filing.file(
                commune,
                adults.get(parent),
                new Application(child, year, "PS", "derogation", "0359999Z", "TRAVAIL", "", Map.of()));

        assertThat(elsewhere)
                .isEqualTo(new Filing.Invalid(Map.of(
                        "ecole",
                        "Cette école n'est pas une école publique de Tranche des inscriptions pour cette classe"
                                + " : choisissez dans la liste.")));
        assertThat(((Filing.Invalid) tooOld).errors().get("niveau")).startsWith("Trop âgé pour la classe de");
        assertThat(requests.ofHousehold(parent)).isEmpty();
        assertThat(offers.of(commune.id())).isPresent();
        assertThat(offers.of(other.id())).isEmpty();
    }
}
