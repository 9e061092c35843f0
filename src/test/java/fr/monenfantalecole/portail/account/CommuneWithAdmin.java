package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A commune of the test's own and its admin ({@link TestAccounts#admin}, with {@link TestAccounts#PASSWORD}),
 * made before each test and deleted with all it holds after it, instead of a demo commune and its
 * demo admin: {@code @RegisterExtension final CommuneWithAdmin own = new CommuneWithAdmin("slug", "Nom");}
 */
public final class CommuneWithAdmin implements BeforeEachCallback, AfterEachCallback {

    private final String slug;
    private final String nom;
    private @Nullable Collectivite commune;
    private String admin = "";

    public CommuneWithAdmin(String slug, String nom) {
        this.slug = slug;
        this.nom = nom;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        var made = spring.getBean(TemporaryCollectivites.class).create(slug, nom);
        commune = made;
        admin = TestAccounts.admin(spring.getBean(StaffUsers.class), made.id(), slug);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var made = commune;
        if (made != null) {
            commune = null;
            SpringExtension.getApplicationContext(context)
                    .getBean(TemporaryCollectivites.class)
                    .delete(made);
        }
    }

    public Collectivite commune() {
        return Objects.requireNonNull(commune, "pas de commune hors d'un test");
    }

    /** The commune's admin, by e-mail. */
    public String admin() {
        return admin;
    }
}
