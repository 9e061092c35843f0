package fr.monenfantalecole.portail.support;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** What a form page says next to one field (the {@code tag/fieldError} template), as a person reads it. */
public final class FieldMessages {

    private FieldMessages() {}

    /** The message next to {@code field}, unescaped, or null when the field has none. */
    public static @Nullable String of(String html, String field) {
        String start = "id=\"" + field + "-erreur\"><span class=\"visually-hidden\">Erreur : </span>";
        int at = html.indexOf(start);
        if (at < 0) {
            return null;
        }
        int from = at + start.length();
        return HtmlUtils.htmlUnescape(html.substring(from, html.indexOf("</span>", from)));
    }
}
