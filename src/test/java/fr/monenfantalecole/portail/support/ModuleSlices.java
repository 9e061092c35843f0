package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * What an {@code @ApplicationModuleTest} slice really started (the application modules of its beans),
 * and the commune a slice makes for itself, since a slice starts without the demo.
 */
public final class ModuleSlices {

    private static final String BASE = "fr.monenfantalecole.portail.";

    private ModuleSlices() {}

    /** The first package name under the application's of each bean the context made from our classes. */
    public static Set<String> modulesOfBeans(ApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(Objects::nonNull)
                .map(Class::getName)
                .filter(name -> name.startsWith(BASE))
                .map(name -> name.substring(BASE.length()))
                .filter(name -> name.indexOf('.') > 0)
                .map(name -> name.substring(0, name.indexOf('.')))
                .collect(Collectors.toSet());
    }

    /** A commune of the slice's own database, with its INSEE code (its territory), showing écoles and collèges. */
    public static Collectivite commune(Collectivites collectivites, String slug, String nom, String codeInsee) {
        long id = collectivites.create(new NewCollectivite(
                slug,
                CollectiviteType.COMMUNE,
                nom,
                codeInsee,
                null,
                "Rennes",
                "B",
                null,
                "#000091",
                "#ffffff",
                null,
                null,
                true,
                true));
        return collectivites.findById(id).orElseThrow();
    }
}
