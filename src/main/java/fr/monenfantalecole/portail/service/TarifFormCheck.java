package fr.monenfantalecole.portail.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What Bean Validation cannot see in a typed grid, added to the form's result: a name already used
 * that year, each tranche row ("tranche-3", a key of the page rather than a field of the form), then
 * the grid's own checks (gaps, overlaps... from {@link Grille#errors()}, in the domain's words) on
 * what could be read.
 */
record TarifFormCheck(TarifForm form) {

    void check(BindingResult result, long collectiviteId, @Nullable Long id, Prestations prestations) {
        String nom = form.nom();
        String year = form.annee() == null ? "" : form.annee().strip();
        if (AnneeScolaire.valide(year)
                && nom != null
                && !nom.isBlank()
                && prestations.nameTaken(collectiviteId, year, nom, id)) {
            result.rejectValue("nom", "service.tarif.nom.pris", new Object[] {nom, year}, null);
        }
        List<Grille.Tranche> tranches = new ArrayList<>();
        boolean rowRefused = false;
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
                    rowRefused = true;
                    add(result, "tranche-" + (i + 1), "Tranche " + (i + 1) + " : " + problem + ".");
                }
            } else {
                // No problem means both were read.
                tranches.add(new Grille.Tranche(Objects.requireNonNull(de), a, Objects.requireNonNull(prix)));
            }
        }
        String fratrieRang = form.fratrieRang();
        if (fratrieRang != null && !fratrieRang.isBlank() && TypedInteger.parse(fratrieRang) == null) {
            result.rejectValue("fratrieRang", "service.tarif.fratrieRang");
        }
        boolean skipTranches = rowRefused;
        form.grille(tranches).errors().forEach((key, message) -> {
            if (!skipTranches || !key.startsWith("tranche")) {
                add(result, key, message);
            }
        });
    }

    /** A message already in French, next to a field of the form or a key of the page. */
    private static void add(BindingResult result, String key, String message) {
        result.addError(new FieldError(result.getObjectName(), key, message));
    }
}
