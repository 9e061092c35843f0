package fr.monenfantalecole.portail.fiche;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code {{local:field.key}}} or {@code {{local:field.key | texte si non renseigné}}} in a sheet's
 * Markdown; {@code {{tarifs:restauration | …}}} inserts the collectivité's price grids of that kind
 * (then {@link #tarifs()} holds and the key is the kind).
 */
public record Placeholder(String key, @Nullable String fallback, int start, int end, String source, boolean tarifs) {

    static final Pattern PATTERN =
            Pattern.compile("\\{\\{\\s*(?:local|tarifs):([A-Za-z0-9_.\\-]+)\\s*(?:\\|\\s*(.*?))?\\s*}}");

    private static final Pattern TARIFS = Pattern.compile("\\{\\{\\s*tarifs:.*", Pattern.DOTALL);
    static final Pattern ANY_BRACES = Pattern.compile("\\{\\{(.*?)}}");

    public static List<Placeholder> in(String markdown) {
        List<Placeholder> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(markdown);
        while (m.find()) {
            String fallback = m.group(2) == null || m.group(2).isBlank()
                    ? null
                    : m.group(2).strip();
            found.add(new Placeholder(
                    m.group(1),
                    fallback,
                    m.start(),
                    m.end(),
                    m.group(),
                    TARIFS.matcher(m.group()).matches()));
        }
        return found;
    }

    /** Double braces that are not a well-formed placeholder: a typo the author must see. */
    public static List<String> malformed(String markdown) {
        List<String> bad = new ArrayList<>();
        Matcher m = ANY_BRACES.matcher(markdown);
        while (m.find()) {
            if (!PATTERN.matcher(m.group()).matches()) {
                bad.add(m.group());
            }
        }
        return bad;
    }
}
