package fr.monenfantalecole.portail.localdata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The local data module on its own (with {@code shared}: the embedded PostgreSQL, the audit log and
 * the cluster events), on its own database: its dictionary and values work without the tenant, the
 * sheets or the demo data. Only {@link FieldUsage}, the port through which the back office asks which
 * sheets use a field (answered by the fiche module), is played by a mock.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/localdata-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class LocalDataModuleTest {

    @MockitoBean
    FieldUsage usage;

    @Autowired
    LocalFields fields;

    @Autowired
    LocalValues values;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyLocalDataAndSharedAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context)).containsExactlyInAnyOrder("localdata", "shared");
    }

    @Test
    void aSavedValueIsReadBackAuditedAndAnnouncedOnlyWhenItChanges(AssertablePublishedEvents events) {
        assertThat(fields.loadDictionary()).isPositive();
        String key = fields.all().getFirst().key();
        long commune = jdbc.sql("""
                        insert into collectivite (slug, type, nom, academie, zone_vacances)
                        values ('tranche-donnees', 'COMMUNE', 'Tranche des données locales', 'Rennes', 'B')
                        returning id""").query(Long.class).single();

        assertThat(values.save(commune, Map.of(key, "Mairie, 2 rue de la Paix"), null))
                .containsExactly(key);
        assertThat(values.of(commune)).containsEntry(key, "Mairie, 2 rue de la Paix");
        assertThat(events).contains(LocalValues.Changed.class).matching(LocalValues.Changed::collectiviteId, commune);

        assertThat(values.save(commune, Map.of(key, "Mairie, 2 rue de la Paix"), null))
                .isEmpty();
        Map<String, @Nullable String> cleared = new HashMap<>();
        cleared.put(key, "  ");
        assertThat(values.save(commune, cleared, null)).containsExactly(key);
        assertThat(values.of(commune)).doesNotContainKey(key);
        assertThat(jdbc.sql("select action from audit_event where collectivite_id = :c order by id")
                        .param("c", commune)
                        .query(String.class)
                        .list())
                .containsExactly("DONNEE_LOCALE_MODIFIEE", "DONNEE_LOCALE_EFFACEE");
    }
}
