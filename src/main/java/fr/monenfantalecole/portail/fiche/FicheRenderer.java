package fr.monenfantalecole.portail.fiche;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.localdata.DatesPassees;
import fr.monenfantalecole.portail.localdata.LocalFields;
import fr.monenfantalecole.portail.shared.RichText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a sheet's Markdown into HTML with a collectivité's values in place of the placeholders,
 * or the national fallback where it has none: never a blank, never a raw placeholder. Values are
 * escaped or sanitised by their type; the whole result is sanitised once more.
 */
@Component
public class FicheRenderer {

    /** When neither the value nor the author's fallback exists (not publishable, but never shown raw). */
    static final String LAST_RESORT = "renseignez-vous auprès de votre mairie";

    private final LocalFields fields;
    private final ObjectProvider<TarifsEnFiche> tarifs;
    private final Clock clock;
    // The Markdown with tokens in place of the placeholders is the same for every collectivité: a
    // fiche shown on a portal for the first time costs the values and the sanitising, not the
    // Markdown again. Keyed by the text itself, so an edited sheet is a new key; bounded by weight.
    private final Cache<String, String> markdown = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .<String, String>weigher((k, v) -> k.length() + v.length())
            .build();

    FicheRenderer(LocalFields fields, ObjectProvider<TarifsEnFiche> tarifs, Clock clock) {
        this.fields = fields;
        this.tarifs = tarifs;
        this.clock = clock;
    }

    /** The short answer and the detail, as HTML. */
    public record Rendered(String brefHtml, String detailHtml) {}

    /** Without a collectivité (no price grid): every {@code tarifs:} placeholder reads as its fallback. */
    public Rendered render(FicheContent content, Map<String, String> values) {
        return new Rendered(html(content.bref(), values, null), html(content.detail(), values, null));
    }

    /** As one collectivité shows it: its values, and its price grids in place of {@code tarifs:} placeholders. */
    public Rendered render(FicheContent content, long collectiviteId, Map<String, String> values) {
        return new Rendered(
                html(content.bref(), values, collectiviteId), html(content.detail(), values, collectiviteId));
    }

    public String html(String markdown, Map<String, String> values) {
        return html(markdown, values, null);
    }

    private String html(String markdown, Map<String, String> values, @Nullable Long collectiviteId) {
        List<Placeholder> placeholders = Placeholder.in(markdown);
        var withTokens = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < placeholders.size(); i++) {
            var p = placeholders.get(i);
            withTokens.append(markdown, previous, p.start()).append(token(i));
            previous = p.end();
        }
        withTokens.append(markdown.substring(previous));
        String html = this.markdown.get(withTokens.toString(), RichText::markdownToUnsanitisedHtml);
        for (int i = 0; i < placeholders.size(); i++) {
            var p = placeholders.get(i);
            html = p.tarifs() ? grids(html, token(i), p, collectiviteId) : substitute(html, token(i), p, values);
        }
        return RichText.sanitize(html);
    }

    private String substitute(String html, String token, Placeholder p, Map<String, String> values) {
        var field = fields.find(p.key()).orElse(null);
        String value = values.get(p.key());
        String paragraph = "<p>" + token + "</p>";
        boolean alone = html.contains(paragraph);
        // A period that is over is not shown as the current one: the national sentence is read instead.
        if (field != null
                && value != null
                && !value.isBlank()
                && !DatesPassees.passee(field, value, LocalDate.now(clock))) {
            if (alone && field.type().isBlock()) {
                return html.replace(
                        paragraph, "<div class=\"local\">" + field.type().toHtml(value, true) + "</div>");
            }
            String inline = value.strip();
            if (inline.endsWith(".") && html.contains(token + ".")) {
                // "Période : {{local:…}}." with a value that already ends its sentence.
                inline = inline.substring(0, inline.length() - 1);
            }
            return html.replace(token, "<span class=\"local\">" + field.type().toHtml(inline, false) + "</span>");
        }
        String fallback = RichText.escape(p.fallback() == null ? LAST_RESORT : p.fallback());
        return html.replace(token, fallback);
    }

    /** A grid is a block: alone in its paragraph it replaces it; inline, the sentence keeps its fallback. */
    private String grids(String html, String token, Placeholder p, @Nullable Long collectiviteId) {
        String paragraph = "<p>" + token + "</p>";
        var kind = TarifsEnFiche.Kind.of(p.key());
        var provider = tarifs.getIfAvailable();
        Optional<String> grids = collectiviteId == null || kind.isEmpty() || provider == null
                ? Optional.empty()
                : provider.html(collectiviteId, kind.get());
        if (grids.isPresent() && html.contains(paragraph)) {
            return html.replace(paragraph, "<div class=\"local tarifs\">" + grids.get() + "</div>");
        }
        String fallback = RichText.escape(p.fallback() == null ? LAST_RESORT : p.fallback());
        return html.replace(paragraph, "<p>" + fallback + "</p>").replace(token, fallback);
    }

    private static String token(int i) {
        return "LOCALPLACEHOLDER" + i + "Z";
    }
}
