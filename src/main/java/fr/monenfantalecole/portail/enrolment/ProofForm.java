package fr.monenfantalecole.portail.enrolment;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A proof added to a request in Mon espace: which one, from the list ("proofForm", messages in
 * i18n/enrolment.properties). The file itself is not a component of the record: it is checked by its
 * content by {@code FollowUp.addProofs}, whose refusal comes after the form's errors.
 */
record ProofForm(@Nullable String piece) {

    Optional<Piece> type() {
        return piece == null ? Optional.empty() : Piece.of(piece);
    }

    /** The proof is one the portal knows (a select can be tampered with). */
    void check(Errors result) {
        if (type().isEmpty()) {
            result.rejectValue("piece", "inscription.piece");
        }
    }
}
