package fr.monenfantalecole.portail.enrolment;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a parent sends to file a request: the ids and codes of the form, and the proofs' bytes by
 * proof (an empty array for a field left empty).
 */
@SuppressWarnings("ArrayRecordComponent") // the uploaded bytes, read once
public record Application(
        @Nullable Long enfant,
        String annee,
        String niveau,
        String choix,
        String ecole,
        String motif,
        String precision,
        Map<Piece, byte[]> pieces) {

    public boolean derogation() {
        return "derogation".equals(choix);
    }
}
