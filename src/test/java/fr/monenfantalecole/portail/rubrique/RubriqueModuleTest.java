package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.school.SchoolPageKey;
import fr.monenfantalecole.portail.school.SchoolPageSections;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    JdbcClient jdbc;

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
        assertThat(whileTheTenthIsAddedUncommitted(commune, () -> rubriques.add(commune.id(), "Onzième", "")))
                .startsWith("Vous avez déjà 10 rubriques");
        assertThat(rubriques.own(commune.id())).hasSize(Rubriques.MAX);
    }

    /** Restoring a deleted rubrique while another is added: the same lock, so the maximum holds too. */
    @Test
    void aRestoreAtTheSameTimeAsAnAdditionNeverPassesTheMaximum() throws Exception {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-rubriques-retour", "Tranche du retour", "35985");
        for (int i = 1; i <= Rubriques.MAX; i++) {
            assertThat(rubriques.add(commune.id(), "Rubrique " + i, "")).isNull();
        }
        long deleted = rubriques.own(commune.id()).getLast().id();
        rubriques.delete(commune.id(), deleted);
        rubriques.delete(commune.id(), rubriques.own(commune.id()).getLast().id());
        assertThat(rubriques.add(commune.id(), "Neuvième bis", "")).isNull();

        assertThat(whileTheTenthIsAddedUncommitted(commune, () -> rubriques.restore(commune.id(), deleted)))
                .startsWith("Vous avez déjà 10 rubriques");
        assertThat(rubriques.own(commune.id())).hasSize(Rubriques.MAX);
    }

    /**
     * Adds a tenth rubrique in a transaction held open, starts {@code second} in another thread, checks that
     * it waits on the module's lock (PostgreSQL shows a lock not granted), lets the first commit and returns
     * what the second answered.
     */
    private @Nullable String whileTheTenthIsAddedUncommitted(Collectivite commune, Callable<@Nullable String> second)
            throws Exception {
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
            var waiting = pool.submit(second);
            awaitALockNotGranted();
            assertThat(waiting.isDone()).as("the second waits for the first").isFalse();
            commit.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEmpty();
            return waiting.get(30, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }

    /** Waits (a condition, at most 30 s) until a session waits for an advisory lock. */
    private void awaitALockNotGranted() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(System.nanoTime())
                    .as("a second transaction waiting for the lock")
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
