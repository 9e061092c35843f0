package fr.monenfantalecole.portail.service;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The calculator page's result: the quotient (computed, or typed by the parent: then no estimation)
 * and each service's price.
 */
public record QuotientResult(
        @Nullable Estimation estimation,
        long quotientCentimes,
        String quotient,
        @Nullable String annee,
        List<PriceView> prix) {}
