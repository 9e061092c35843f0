package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Montants;
import fr.monenfantalecole.portail.service.Prestations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a typed grid, one French message per field: what the agent typed (names, amounts,
 * each tranche row), then the grid's own checks (gaps, overlaps...) on what could be read.
 */
record TarifFormCheck(TarifForm form) {

    Map<String, String> errors(long collectiviteId, @Nullable Long id, Prestations prestations) {
        String nom = form.nom();
        String annee = form.annee();
        String fratrieRang = form.fratrieRang();
        Map<String, String> errors = new LinkedHashMap<>();
        if (nom == null || nom.isBlank()) {
            errors.put("nom", "Donnez le nom du service, par exemple « Restauration scolaire ».");
        } else if (nom.strip().length() > 120) {
            errors.put("nom", "Le nom du service fait au plus 120 caractères.");
        }
        String unite = form.unite();
        if (unite == null || unite.isBlank()) {
            errors.put("unite", "Indiquez ce que paie ce prix : « le repas », « l'heure », « la journée »…");
        }
        String year = annee == null ? "" : annee.strip();
        if (!AnneeScolaire.valide(year)) {
            errors.put("annee", "Indiquez l'année scolaire sous la forme 2026-2027.");
        } else if (nom != null && !nom.isBlank() && prestations.nameTaken(collectiviteId, year, nom.strip(), id)) {
            errors.put("nom", "Un service « " + nom.strip() + " » existe déjà pour " + year + ".");
        }
        if (TypedInteger.parse(form.ordre()) == null) {
            errors.put("ordre", "L'ordre d'affichage est un nombre entier, par exemple 1.");
        }
        if (Montants.centimes(form.prixDefaut()) == null) {
            errors.put(
                    "prixDefaut",
                    "Indiquez le prix appliqué quand la famille ne donne pas son quotient, par exemple 4,80.");
        }
        List<Grille.Tranche> tranches = new ArrayList<>();
        var rows = form.typed();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            Long de = Montants.centimes(row.de());
            Long a = Montants.centimes(row.a());
            Long prix = Montants.centimes(row.prix());
            String problem = null;
            if (de == null) {
                problem = "indiquez le quotient de début en euros (0 pour la première tranche)";
            } else if (a == null && !row.a().isBlank()) {
                problem = "le quotient de fin n'est pas un montant (laissez vide pour « et plus »)";
            } else if (prix == null) {
                problem = "indiquez le prix en euros, par exemple 3,20";
            }
            if (problem != null) {
                if (form.modeChoisi() == Grille.Mode.TRANCHES) {
                    errors.put("tranche-" + (i + 1), "Tranche " + (i + 1) + " : " + problem + ".");
                }
            } else {
                // No problem means both were read.
                tranches.add(new Grille.Tranche(
                        java.util.Objects.requireNonNull(de), a, java.util.Objects.requireNonNull(prix)));
            }
        }
        if (!errors.keySet().stream().anyMatch(k -> k.startsWith("tranche-"))) {
            form.grille(tranches).errors().forEach(errors::putIfAbsent);
        } else {
            form.grille(tranches).errors().forEach((k, v) -> {
                if (!k.startsWith("tranche")) {
                    errors.putIfAbsent(k, v);
                }
            });
        }
        if (fratrieRang != null && !fratrieRang.isBlank() && TypedInteger.parse(fratrieRang) == null) {
            errors.put(
                    "fratrieRang",
                    "Indiquez le rang de l'enfant à partir duquel la réduction s'applique, par exemple 3.");
        }
        return errors;
    }
}
