package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A commune of its own for one test, created with the same plain settings each time and deleted with
 * all it holds once the test is over ({@code finally}), so that no later test finds it among the
 * demo's collectivités.
 */
@Component
public class TemporaryCollectivites {

    /** Billing tables keep their rows when a collectivité goes (no cascade): a test's quotes go first. */
    private static final List<String> BILLING = List.of("abonnement", "devis", "portail_suspendu");

    private final Collectivites collectivites;
    private final JdbcClient jdbc;

    TemporaryCollectivites(Collectivites collectivites, JdbcClient jdbc) {
        this.collectivites = collectivites;
        this.jdbc = jdbc;
    }

    public Collectivite create(String slug, String nom) {
        return create(slug, nom, null);
    }

    /** The same, with a code INSEE: its territory, where the Annuaire import puts its schools ({@link World}). */
    public Collectivite create(String slug, String nom, @Nullable String codeInsee) {
        return create(slug, CollectiviteType.COMMUNE, nom, codeInsee, null);
    }

    /** A collectivité of any type with the same plain settings, under a parent or not ({@link Fixtures}). */
    public Collectivite create(
            String slug, CollectiviteType type, String nom, @Nullable String codeInsee, @Nullable Long parentId) {
        long id = collectivites.create(new NewCollectivite(
                slug, type, nom, codeInsee, null, "Rennes", "B", parentId, "#00587c", "#6b3a00", null, null, true,
                false));
        return collectivites.findById(id).orElseThrow();
    }

    /** Fails on an issued invoice, which the database never lets go: such a test keeps its collectivité. */
    public void delete(Collectivite c) {
        for (String table : BILLING) {
            jdbc.sql("delete from " + table + " where collectivite_id = ?")
                    .param(c.id())
                    .update();
        }
        jdbc.sql("delete from collectivite where id = ?").param(c.id()).update();
        collectivites.forget();
    }
}
