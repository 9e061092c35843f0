package fr.monenfantalecole.portail.fiche;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the public questions-réponses pages show. */
public final class FicheViews {

    private FicheViews() {}

    /** A theme and how many sheets a collectivité shows in it. */
    public record ThemeCount(Theme theme, int count, String url) {}

    /** A sheet in a list. */
    public record Summary(String ref, String titre, Niveau niveau, boolean locale, String url) {}

    /** An official source: its label and, when known, its address. */
    public record Source(String libelle, @Nullable String url) {

        static Source parse(String text) {
            int bar = text.lastIndexOf('|');
            if (bar > 0) {
                String url = text.substring(bar + 1).strip();
                if (url.startsWith("https://") || url.startsWith("http://")) {
                    return new Source(text.substring(0, bar).strip(), url);
                }
            }
            return new Source(text.strip(), null);
        }
    }

    /** One sheet as a parent reads it on a collectivité's portal. */
    public record Page(
            String ref,
            Theme theme,
            Niveau niveau,
            String titre,
            String brefHtml,
            String detailHtml,
            @Nullable Instant reviewedAt,
            List<Source> sources,
            List<Summary> liees,
            boolean locale,
            String canonicalUrl) {}
}
