package fr.monenfantalecole.portail.enrolment;

import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * A parent's request as typed, in two steps on one address ("applicationForm", messages in
 * i18n/enrolment.properties): step 1 (the child, year and class) is sent by GET, step 2 (the choice,
 * the school and reason of a dérogation, the proofs) by a multipart POST that repeats step 1 in
 * hidden fields. A child's id that is not a number (a tampered select) is a binding error next to the
 * child. The rules that need the household, the collectivité's schools and its offer are
 * {@code enrolment.Filing}'s, whose messages {@link #reject} puts next to the fields; the proofs are
 * files, not components of this record (see docs/architecture.md, House rules).
 */
record ApplicationForm(
        @Nullable Long enfant,
        String annee,
        String niveau,
        String choix,
        String ecole,
        String motif,

        @Size(max = 1000, message = "{inscription.precision.size}")
        String precision) {

    /** A missing field is an empty one. */
    ApplicationForm {
        annee = Objects.requireNonNullElse(annee, "");
        niveau = Objects.requireNonNullElse(niveau, "");
        choix = Objects.requireNonNullElse(choix, "");
        ecole = Objects.requireNonNullElse(ecole, "");
        motif = Objects.requireNonNullElse(motif, "");
        precision = Objects.requireNonNullElse(precision, "");
    }

    /** Step 1 was sent (a child, a class, or a value the binding refused). */
    boolean asked(Errors result) {
        return enfant != null || !niveau.isEmpty() || result.hasErrors();
    }

    /** The same fields, the coming school year proposed when none was chosen. */
    ApplicationForm withYear(String coming) {
        return annee.isEmpty() ? new ApplicationForm(enfant, coming, niveau, choix, ecole, motif, precision) : this;
    }

    Application application(Map<Piece, byte[]> pieces) {
        return new Application(enfant, annee, niveau, choix, ecole, motif, precision, pieces);
    }

    /**
     * Filing's refusals, by field, each next to its field with Filing's message as the default one;
     * a field already in error (a number that could not be read, a text too long) keeps its message.
     */
    void reject(Map<String, String> refusals, Errors result) {
        if (result instanceof BindingResult binding && binding.getTarget() == null) {
            return; // constructor binding failed (a value that is not a number): its message is shown alone
        }
        refusals.forEach((field, message) -> {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "inscription.refus", message);
            }
        });
    }
}
