package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A day's expected children grouped by "school — activity", with the links to its sheet and CSV. */
public record DailyView(
        LocalDate jour,
        @Nullable String ecole,
        List<DailyLists.Expected> enfants,
        Map<String, String> noms,
        String base) {

    public Map<String, List<DailyLists.Expected>> groupes() {
        var groups = new LinkedHashMap<String, List<DailyLists.Expected>>();
        enfants.forEach(e -> groups.computeIfAbsent(
                        noms.getOrDefault(e.uai(), e.uai()) + " — "
                                + e.activite().libelle(),
                        k -> new java.util.ArrayList<>())
                .add(e));
        return groups;
    }

    public String jourTexte() {
        return FrenchDates.day(jour);
    }

    /** A director's page (one school, no CSV of the collectivité). */
    public boolean directeur() {
        return base.contains("/ecoles/");
    }

    public String action() {
        return directeur() ? base : base + "/jour";
    }

    public String query() {
        return "?date=" + jour + (ecole == null ? "" : "&ecole=" + ecole);
    }
}
