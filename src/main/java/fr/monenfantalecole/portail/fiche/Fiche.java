package fr.monenfantalecole.portail.fiche;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry with its published version, if any. Entries without one are the backlog.
 *
 * @param reviewedAt when the published text was last reviewed (imported or published)
 */
public record Fiche(
        String id,
        String themeId,
        Niveau niveau,
        String question,
        String resumeAttendu,
        List<String> champsPrevus,
        List<String> requetes,
        @Nullable Long publishedVersionId,
        @Nullable String titre,
        @Nullable Instant reviewedAt) {

    public boolean isPublished() {
        return publishedVersionId != null;
    }

    public FicheKey.National key() {
        return new FicheKey.National(id);
    }

    public String displayTitle() {
        return titre != null ? titre : question;
    }
}
