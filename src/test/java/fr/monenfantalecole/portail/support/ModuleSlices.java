package fr.monenfantalecole.portail.support;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/** What an {@code @ApplicationModuleTest} slice really started: the application modules of its beans. */
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
}
