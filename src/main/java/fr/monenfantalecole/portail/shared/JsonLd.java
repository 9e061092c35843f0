package fr.monenfantalecole.portail.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org markup as JSON-LD, safe to print inside {@code <script type="application/ld+json">}:
 * the characters that could close the element or start markup are written as JSON escapes. Such a
 * script is data, never executed, so the Content-Security-Policy ({@code script-src 'self'}) allows it.
 */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {}

    /** A schema.org object: {@code object("School")} with its @context, then fields with {@link #put}. */
    public static Map<String, Object> object(String type) {
        var map = new LinkedHashMap<String, Object>();
        map.put("@context", "https://schema.org");
        map.put("@type", type);
        return map;
    }

    /** A nested object, without @context. */
    public static Map<String, Object> nested(String type) {
        var map = new LinkedHashMap<String, Object>();
        map.put("@type", type);
        return map;
    }

    /** Adds a field unless its value is null or blank. */
    public static Map<String, Object> put(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            map.put(key, value);
        }
        return map;
    }

    public static String script(Map<String, Object> value) {
        return JSON.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
