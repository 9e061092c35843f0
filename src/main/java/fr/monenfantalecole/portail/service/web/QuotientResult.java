package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.service.QuotientFamilial;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The calculator page's result: the quotient (computed, or typed by the parent) and each service's price. */
public record QuotientResult(
        QuotientFamilial.@Nullable Resultat calcul,
        long quotientCentimes,
        String quotient,
        @Nullable String annee,
        List<PriceView> prix) {}
