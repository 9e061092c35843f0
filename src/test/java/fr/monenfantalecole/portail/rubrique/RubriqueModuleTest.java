package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.school.SchoolPageKey;
import fr.monenfantalecole.portail.school.SchoolPageSections;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rubrique module with the modules whose beans it uses ({@code account}, {@code mail},
 * {@code school}, {@code tenant}, {@code shared}: Modulith's direct dependencies), on its own
 * database, without the demo. The test makes its commune, its rubriques, a director and a
 * validator; a school's page shows what the director wrote only once the mairie published it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/rubrique-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class RubriqueModuleTest {

    private static final String UAI = "0359905E";

    @Autowired
    Rubriques rubriques;

    @Autowired
    RubriqueContents contents;

    @Autowired
    SchoolPageSections sections;

    @Autowired
    StaffUsers users;

    @Autowired
    Collectivites collectivites;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyRubriqueAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder("rubrique", "account", "mail", "school", "tenant", "shared");
    }

    @Test
    void aSchoolPageShowsWhatTheDirectorWroteOnlyOnceTheMairiePublishedIt() {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-rubriques", "Tranche des rubriques", "35987");
        assertThat(rubriques.add(commune.id(), "Horaires", "Les heures d'ouverture."))
                .isNull();
        assertThat(rubriques.add(commune.id(), "Projet d'école", "Le projet en quelques lignes."))
                .isNull();
        assertThat(rubriques.add(commune.id(), "horaires", "")).isEqualTo("Une rubrique porte déjà ce titre.");
        long horaires = rubriques.own(commune.id()).getFirst().id();
        long director = users.create("directrice@tranche-rubriques.test", "Directrice de la tranche", "x-Tranche-42!");
        users.grantDirector(director, commune.id(), UAI);
        long agent = users.create("agent@tranche-rubriques.test", "Agent de la tranche", "x-Tranche-42!");
        var page = new SchoolPageKey.Annuaire(UAI);

        long version = contents.submit(horaires, UAI, "L'école ouvre à **8 h 20**.", director);

        assertThat(sections.sections(commune, "/tranche-rubriques", page))
                .extracting(SchoolPageSections.Section::titre, SchoolPageSections.Section::renseignee)
                .containsExactly(tuple("Horaires", false), tuple("Projet d'école", false));

        contents.publish(version, agent, null);

        var shown = sections.sections(commune, "/tranche-rubriques", page);
        assertThat(shown.getFirst().html()).contains("<strong>8 h 20</strong>");
        assertThat(shown.get(1).renseignee()).isFalse();
    }

    /**
     * Two agents add a rubrique at once to a collectivité that has nine: the second addition waits for the
     * first one's transaction (a lock of the rubrique module), then sees ten and is refused.
     */
    @Test
    void twoAdditionsAtOnceNeverPassTheMaximum() throws Exception {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-rubriques-max", "Tranche du maximum", "35986");
        for (int i = 1; i < Rubriques.MAX; i++) {
            assertThat(rubriques.add(commune.id(), "Rubrique " + i, "")).isNull();
        }
        var added = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                String refusal = rubriques.add(commune.id(), "Dixième", "");
                added.countDown();
                try {
                    commit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return refusal == null ? "" : refusal;
            }));
            assertThat(added.await(30, TimeUnit.SECONDS)).isTrue();
            var second = pool.submit(() -> rubriques.add(commune.id(), "Onzième", ""));
            Thread.sleep(500);
            assertThat(second.isDone())
                    .as("the second addition waits for the first")
                    .isFalse();
            commit.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEmpty();
            assertThat(second.get(30, TimeUnit.SECONDS)).startsWith("Vous avez déjà 10 rubriques");
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
        assertThat(rubriques.own(commune.id())).hasSize(Rubriques.MAX);
    }
}
