package fr.monenfantalecole.portail.rubrique;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The mairie's decision on a submitted rubrique: a comment (required to send it back), and the
 * version the agent read with its submission time, so that a text changed since is never decided on.
 * Bound as "reviewForm" (messages in i18n/rubrique.properties); a version that is not a number (a
 * tampered page) is a binding error, answered as a version changed since.
 */
record ReviewForm(String commentaire, @Nullable Long version, String soumisLe) {

    /** A missing field is an empty one. */
    ReviewForm {
        commentaire = Objects.requireNonNullElse(commentaire, "").strip();
        soumisLe = Objects.requireNonNullElse(soumisLe, "");
    }

    /** True when the agent decided on this very submission (its id and time). */
    boolean read(RubriqueVersion working) {
        return version != null
                && working.id() == version
                && String.valueOf(working.soumisLe()).equals(soumisLe);
    }

    /** Sending back needs a comment: the director has to know what to change. */
    void check(boolean sendingBack, Errors result) {
        if (sendingBack && commentaire.isEmpty()) {
            result.rejectValue("commentaire", "review.commentaire");
        }
    }

    @Nullable
    String comment() {
        return commentaire.isEmpty() ? null : commentaire;
    }
}
