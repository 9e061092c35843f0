package fr.monenfantalecole.portail.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The member communes of an intercommunalité as an agent types them: one per line, INSEE code then
 * name ("35115 Fougères", "35115;Fougères").
 */
final class CommuneList {

    private static final Pattern LINE = Pattern.compile("^\\s*([0-9][0-9AB][0-9]{3})\\s*[;,\\t -]?\\s*(\\S.*?)\\s*$");

    private CommuneList() {}

    /** The communes read, or the first wrong line explained. */
    public record Parsed(
            List<CommuneMembre> communes, @Nullable String error) {}

    public static Parsed parse(@Nullable String text) {
        Map<String, CommuneMembre> communes = new LinkedHashMap<>();
        if (text == null) {
            return new Parsed(List.of(), null);
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            var m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                return new Parsed(
                        List.of(),
                        "Ligne " + (i + 1) + " : « " + lines[i].strip()
                                + " » ; écrivez le code INSEE (5 caractères) puis le nom, par exemple « 35115 Fougères ».");
            }
            communes.putIfAbsent(m.group(1), new CommuneMembre(m.group(1), m.group(2)));
        }
        return new Parsed(new ArrayList<>(communes.values()), null);
    }

    public static String format(List<CommuneMembre> communes) {
        var text = new StringBuilder();
        communes.forEach(
                c -> text.append(c.codeInsee()).append(' ').append(c.nom()).append('\n'));
        return text.toString();
    }
}
