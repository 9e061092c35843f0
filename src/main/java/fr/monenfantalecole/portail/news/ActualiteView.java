package fr.monenfantalecole.portail.news;

import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.tenant.Slugs;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A news dossier as a collectivité's portal shows it. */
public record ActualiteView(
        long id,
        String titre,
        String resume,
        String corpsHtml,
        @Nullable String imageUrl,
        @Nullable String imageAlt,
        LocalDate publieLe,
        boolean national,
        String url) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    public static ActualiteView of(Actualite a, String basePath) {
        String url = basePath + "/actualites/" + a.id() + "-" + shortSlug(a.titre());
        return new ActualiteView(
                a.id(),
                a.titre(),
                a.resume(),
                RichText.markdownToHtml(a.corps()),
                a.hasImage() ? basePath + "/actualites/" + a.id() + "/image" : null,
                a.imageAlt(),
                a.publieLe(),
                a.isNational(),
                url);
    }

    public String date() {
        return DATE.format(publieLe);
    }

    static String shortSlug(String titre) {
        String slug = Slugs.of(titre);
        return slug.length() <= 60
                ? slug
                : slug.substring(0, Math.max(slug.substring(0, 60).lastIndexOf('-'), 1));
    }
}
