package fr.monenfantalecole.portail.enrolment;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The proofs a collectivité requires and the dérogation reasons it accepts, as the agent ticks them;
 * kept whole when the page comes back with an error. A family without a sector école can only ask for a
 * dérogation, so at least one reason is needed, as at least one proof.
 */
public record OfferForm(
        @NotEmpty(message = "{inscription.pieces.notEmpty}") @Nullable
        List<String> pieces,

        @NotEmpty(message = "{inscription.motifs.notEmpty}") @Nullable
        List<String> motifs) {

    static OfferForm of(Offers.Offer offer) {
        return new OfferForm(
                offer.pieces().stream().map(Enum::name).toList(),
                offer.motifs().stream().map(Enum::name).toList());
    }

    /** Where a collectivité that never saved its settings starts: the usual three proofs, every reason. */
    static final OfferForm SUGGESTED = new OfferForm(
            List.of(Piece.DOMICILE.name(), Piece.LIVRET_FAMILLE.name(), Piece.VACCINATIONS.name()),
            java.util.Arrays.stream(Motif.values()).map(Enum::name).toList());

    public boolean piece(Piece p) {
        return pieces != null && pieces.contains(p.name());
    }

    public boolean motif(Motif m) {
        return motifs != null && motifs.contains(m.name());
    }

    /** A list whose every ticked code is unknown (a tampered page) is as empty as no tick at all. */
    void check(Errors result) {
        var offer = offer();
        if (!result.hasFieldErrors("pieces") && offer.pieces().isEmpty()) {
            result.rejectValue("pieces", "inscription.pieces.notEmpty");
        }
        if (!result.hasFieldErrors("motifs") && offer.motifs().isEmpty()) {
            result.rejectValue("motifs", "inscription.motifs.notEmpty");
        }
    }

    /** The ticked codes the portal knows, in the order of the lists (an unknown code is dropped). */
    Offers.Offer offer() {
        return new Offers.Offer(
                java.util.Arrays.stream(Piece.values()).filter(this::piece).toList(),
                java.util.Arrays.stream(Motif.values()).filter(this::motif).toList());
    }
}
