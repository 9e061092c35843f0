package fr.monenfantalecole.portail.support;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Fills the {@link OwnCommune} fields of the test instance before each test and closes them after it. */
public class OwnCommuneExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        var instance = context.getRequiredTestInstance();
        for (Field field : fields(instance.getClass())) {
            var fixtures = SpringExtension.getApplicationContext(context).getBean(Fixtures.class);
            field.setAccessible(true);
            field.set(instance, fixtures.commune());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        var instance = context.getRequiredTestInstance();
        for (Field field : fields(instance.getClass())) {
            field.setAccessible(true);
            if (field.get(instance) instanceof World world) {
                world.close();
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        var found = new ArrayList<Field>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(OwnCommune.class)) {
                    if (field.getType() != World.class) {
                        throw new IllegalStateException("@OwnCommune sur un champ qui n'est pas un World : " + field);
                    }
                    found.add(field);
                }
            }
        }
        return found;
    }
}
