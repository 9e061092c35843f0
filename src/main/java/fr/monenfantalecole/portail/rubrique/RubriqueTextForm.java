package fr.monenfantalecole.portail.rubrique;

import java.util.Objects;
import org.springframework.validation.Errors;

/**
 * A director's text of a rubrique, saved as a draft ("enregistrer") or sent to the mairie
 * ("soumettre"); bound as "rubriqueTextForm", its messages are in i18n/rubrique.properties. The text
 * is always given back to the editor as typed, whatever is refused.
 */
record RubriqueTextForm(String texte, String action) {

    /** A missing field is an empty text, or a plain save. */
    RubriqueTextForm {
        texte = Objects.requireNonNullElse(texte, "").replace("\r\n", "\n");
        action = Objects.requireNonNullElse(action, "enregistrer");
    }

    boolean submitting() {
        return "soumettre".equals(action);
    }

    /**
     * The length is counted once the browser's line ends are read as one character each; an empty
     * text is only refused when sent to the mairie (as a draft it is kept).
     */
    void check(Errors result) {
        if (texte.length() > RubriqueContents.MAX_LENGTH) {
            result.rejectValue(
                    "texte", "rubrique.texte.long", new Object[] {String.valueOf(RubriqueContents.MAX_LENGTH)}, null);
        } else if (submitting() && texte.isBlank()) {
            result.rejectValue("texte", "rubrique.texte.vide");
        }
    }

    /** An empty text sent to the mairie is still saved as the draft, as "Enregistrer" would have. */
    boolean blankSubmission() {
        return submitting() && texte.isBlank();
    }
}
