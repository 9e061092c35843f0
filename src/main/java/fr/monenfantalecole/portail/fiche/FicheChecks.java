package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.localdata.LocalFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What makes a sheet publishable, checked the same way at import and in the editor: known local
 * fields, a fallback for each, no placeholder in the short answer, known related sheets, and each
 * fact to re-check with what, the year it holds for and its source.
 */
@Component
class FicheChecks {

    private final LocalFields fields;

    FicheChecks(LocalFields fields) {
        this.fields = fields;
    }

    public List<String> check(FicheContent content, Set<String> knownFicheIds) {
        List<String> errors = new ArrayList<>();
        if (content.titre().isBlank()) {
            errors.add("La question (titre) est vide.");
        }
        if (content.bref().isBlank()) {
            errors.add("La réponse courte (« En bref ») est vide.");
        }
        if (content.detail().isBlank()) {
            errors.add("La réponse détaillée (« En détail ») est vide.");
        }
        if (!Placeholder.in(content.bref()).isEmpty()) {
            errors.add("La réponse courte ne doit pas contenir de donnée locale : elle doit se lire partout pareil.");
        }
        for (String text : List.of(content.bref(), content.detail())) {
            for (String bad : Placeholder.malformed(text)) {
                errors.add("« " + bad
                        + " » n'est pas une donnée locale bien écrite : {{local:cle | texte si non renseigné}}.");
            }
        }
        for (var p : Placeholder.in(content.detail())) {
            var field = fields.find(p.key());
            if (p.tarifs()) {
                if (TarifsEnFiche.Kind.of(p.key()).isEmpty() || p.fallback() == null) {
                    errors.add("« " + p.source() + " » : écrivez {{tarifs:restauration | texte lu quand la"
                            + " collectivité n'a pas de grille}} (restauration, periscolaire ou loisirs).");
                }
            } else if (field.isEmpty()) {
                errors.add("La donnée locale « " + p.key() + " » n'existe pas dans le dictionnaire.");
            } else if (p.fallback() == null) {
                errors.add("La donnée locale « " + p.key() + " » n'a pas de texte de remplacement : écrivez {{local:"
                        + p.key() + " | texte lu quand la collectivité ne l'a pas renseignée}}.");
            }
        }
        for (String fact : content.aReverifier()) {
            errors.addAll(YearlyFact.parse(fact).errors());
        }
        for (String id : content.liees()) {
            if (!knownFicheIds.contains(id)) {
                errors.add("La fiche liée « " + id + " » n'existe pas dans le catalogue.");
            }
        }
        return errors;
    }
}
