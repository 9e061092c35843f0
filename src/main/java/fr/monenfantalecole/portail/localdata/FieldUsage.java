package fr.monenfantalecole.portail.localdata;

import java.util.List;
import java.util.Map;

/**
 * Which published sheets use which local field, so that an agent sees what an empty field leaves
 * to the national fallback. Implemented by the module that owns the sheets.
 */
public interface FieldUsage {

    /** A sheet that uses a field, as the agent sees it. */
    record Sheet(String id, String titre, String url) implements java.io.Serializable {}

    Map<String, List<Sheet>> sheetsByField(String basePath);
}
