package fr.monenfantalecole.portail.shared;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by people (national editors, mairie agents, school directors) turned into HTML
 * that is safe to show: raw HTML in the source is escaped, and the result goes through the OWASP
 * sanitiser, which keeps only formatting, lists, headings, tables and https/mailto/tel links.
 */
public final class RichText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href")
                    .onElements("a")
                    .allowUrlProtocols("https", "http", "mailto", "tel")
                    .requireRelsOnLinks("noopener")
                    .allowElements("span")
                    .allowElements("div")
                    .allowAttributes("class")
                    .matching(Pattern.compile("local"))
                    .onElements("span", "div")
                    .allowElements("h2", "h3", "h4", "ul", "ol", "li", "br", "hr")
                    .toFactory());

    /** Inline formatting only: what one line of a diff may show (its blocks flattened to their text). */
    private static final PolicyFactory INLINE = Sanitizers.FORMATTING.and(new HtmlPolicyBuilder()
            .allowElements("a")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .requireRelsOnLinks("noopener")
            .toFactory());

    private static final Pattern LIST_MARK = Pattern.compile("^(\\s*(?:[-*+]|\\d+[.)])\\s+)(.*)$");

    private RichText() {}

    /**
     * One line of Markdown as a reader sees it, for a diff shown line by line: bold, italics and links
     * rendered rather than their raw marks, a list bullet kept as "•", a heading's hashes dropped.
     */
    public static String inlineMarkdown(String line) {
        var list = LIST_MARK.matcher(line);
        String prefix = "";
        String rest = line;
        if (list.matches()) {
            prefix = list.group(1).strip().matches("\\d+[.)]")
                    ? escape(list.group(1).strip()) + " "
                    : "• ";
            rest = list.group(2);
        }
        rest = rest.replaceFirst("^\\s*#{1,6}\\s+", "");
        // The sanitiser writes every apostrophe as &#39;, harmless in text and in its double-quoted
        // attributes: put back the one French uses in nearly every line, so the diff reads as typed.
        return prefix
                + INLINE.sanitize(RENDERER.render(PARSER.parse(rest))).strip().replace("&#39;", "'");
    }

    public static String markdownToHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Markdown rendered without sanitising yet: for a pipeline that sanitises the final result. */
    public static String markdownToUnsanitisedHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
