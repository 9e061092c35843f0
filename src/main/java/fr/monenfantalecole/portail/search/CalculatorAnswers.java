package fr.monenfantalecole.portail.search;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "calcul quotient", "mon qf", "simuler le tarif de la cantine": the collectivité's quotient
 * familial calculator, which gives the quotient and then the price of each service. Every
 * collectivité's portal has it (the page of the service module; no setting turns it off).
 * "cantine prix" alone asks for a fiche, not a calculation: no answer.
 */
@Component
class CalculatorAnswers {

    private static final Set<String> QUOTIENT = Set.of("quotient", "qf");
    private static final Set<String> COMPUTE =
            Set.of("calcul", "calculer", "calculez", "calculateur", "simuler", "simulateur", "simulation", "estimer");
    private static final Set<String> PRICE = Set.of("tarif", "tarifs", "prix", "cout", "couts", "coute");

    List<Answer> of(QueryWords query) {
        if (!query.hasAny(QUOTIENT) && !(query.hasAny(COMPUTE) && query.hasAny(PRICE))) {
            return List.of();
        }
        return List.of(new Answer(
                Answer.CALCULATEUR,
                "Calculer mon quotient familial et mes tarifs",
                "/services/quotient-familial",
                "Le calculateur donne votre quotient familial, puis le prix de la cantine, du périscolaire et des"
                        + " loisirs qui correspond.",
                List.of()));
    }
}
