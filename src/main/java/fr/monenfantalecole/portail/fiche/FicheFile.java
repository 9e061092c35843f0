package fr.monenfantalecole.portail.fiche;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A sheet as stored in the repository: a front matter (id, theme, niveau, titre, questions,
 * sources, liees, a_reverifier) and a Markdown body with "## En bref" then "## En détail". See docs/fiches-format.md.
 */
record FicheFile(String id, String theme, String niveau, FicheContent content) {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R(.*)\\z", Pattern.DOTALL);
    private static final Pattern BREF = Pattern.compile("^##\\s*En bref\\s*$", Pattern.MULTILINE);
    private static final Pattern DETAIL = Pattern.compile("^##\\s*En détail\\s*$", Pattern.MULTILINE);

    /** The file read, or why it cannot be. */
    public record Parsed(@Nullable FicheFile fiche, List<String> errors) {}

    public static Parsed parse(String text) {
        List<String> errors = new ArrayList<>();
        var m = FRONT_MATTER.matcher(text.replace("\r\n", "\n").stripLeading());
        if (!m.matches()) {
            return new Parsed(null, List.of("L'en-tête (entre deux lignes ---) est absent."));
        }
        Map<String, Object> front = new java.util.LinkedHashMap<>();
        String problem = readFrontMatter(m.group(1), front);
        if (problem != null) {
            return new Parsed(null, List.of(problem));
        }
        String body = m.group(2);
        var bref = BREF.matcher(body);
        var detail = DETAIL.matcher(body);
        if (!bref.find() || !detail.find() || detail.start() < bref.end()) {
            errors.add("Le texte doit avoir une partie « ## En bref » puis une partie « ## En détail ».");
            return new Parsed(null, errors);
        }
        String brefText = body.substring(bref.end(), detail.start()).strip();
        String detailText = body.substring(detail.end()).strip();
        String id = string(front, "id", errors);
        String theme = string(front, "theme", errors);
        String niveau = string(front, "niveau", errors);
        String titre = string(front, "titre", errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        var content = new FicheContent(
                titre,
                strings(front.get("questions")),
                brefText,
                detailText,
                strings(front.get("sources")),
                strings(front.get("liees")),
                strings(front.get("a_reverifier")));
        return new Parsed(new FicheFile(id, theme, niveau, content), errors);
    }

    /**
     * The front matter: "key: value" lines (the value is the rest of the line, colons included, so
     * editors need no YAML quoting), lists as "  - item" lines under "key:" or as "[A, B]".
     */
    static @Nullable String readFrontMatter(String text, Map<String, Object> front) {
        String currentList = null;
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("- ") || stripped.equals("-")) {
                if (currentList == null) {
                    return "Ligne " + number + " de l'en-tête : un élément de liste sans champ au-dessus.";
                }
                @SuppressWarnings("unchecked")
                var list =
                        (List<Object>) Objects.requireNonNull(front.get(currentList), "the key's line opened the list");
                list.add(unquote(stripped.substring(1).strip()));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                return "Ligne " + number + " de l'en-tête : « champ: valeur » attendu.";
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                front.put(key, new ArrayList<>());
                currentList = key;
            } else if (value.startsWith("[") && value.endsWith("]")) {
                String inner = value.substring(1, value.length() - 1).strip();
                List<Object> list = new ArrayList<>();
                if (!inner.isEmpty()) {
                    for (String item : inner.split(",")) {
                        list.add(unquote(item.strip()));
                    }
                }
                front.put(key, list);
                currentList = null;
            } else {
                front.put(key, unquote(value));
                currentList = null;
            }
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && ((value.startsWith("\"") && value.endsWith("\""))
                        || (value.startsWith("'") && value.endsWith("'")))) {
            String inner = value.substring(1, value.length() - 1);
            return value.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
        }
        return value;
    }

    private static String string(Map<String, Object> front, String key, List<String> errors) {
        Object value = front.get(key);
        if (value == null || value.toString().isBlank()) {
            errors.add("Le champ « " + key + " » de l'en-tête est absent.");
            return "";
        }
        return value.toString().strip();
    }

    private static List<String> strings(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(String::valueOf)
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        return List.of(value.toString().strip());
    }
}
