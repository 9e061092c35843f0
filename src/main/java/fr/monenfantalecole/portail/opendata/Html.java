package fr.monenfantalecole.portail.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small helpers over the sanitised HTML of sheets: plain text, and chapters split on headings. */
final class Html {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern HEADING = Pattern.compile("<h([2-4])[^>]*>(.*?)</h\\1>", Pattern.DOTALL);

    private Html() {}

    /** The text a reader sees: tags dropped, entities decoded, blanks collapsed. */
    static String text(String html) {
        String noTags = TAG.matcher(html.replaceAll("</(p|li|h[1-6])>", " ")).replaceAll("");
        return unescape(noTags).replaceAll("\\s+", " ").strip();
    }

    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default ->
                    Character.toString(
                            e.startsWith("#x")
                                    ? Integer.parseInt(e.substring(2), 16)
                                    : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A part of a text under its heading; the first one may have no title. */
    record Chapter(@Nullable String title, String html) {}

    /** The HTML split on its h2-h4 headings. Empty parts are dropped. */
    static List<Chapter> chapters(String html) {
        List<Chapter> chapters = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        String title = null;
        int start = 0;
        while (m.find()) {
            add(chapters, title, html.substring(start, m.start()));
            title = text(m.group(2));
            start = m.end();
        }
        add(chapters, title, html.substring(start));
        return chapters;
    }

    private static void add(List<Chapter> chapters, @Nullable String title, String html) {
        if (title != null || !html.isBlank()) {
            chapters.add(new Chapter(title, html.strip()));
        }
    }
}
