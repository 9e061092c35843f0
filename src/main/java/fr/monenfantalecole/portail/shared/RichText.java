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

    private RichText() {}

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
