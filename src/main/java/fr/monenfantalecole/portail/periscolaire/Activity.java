package fr.monenfantalecole.portail.periscolaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An activity of one school for one school year: how many children it takes, the days of the week it
 * runs between {@code debut} and {@code fin}, the price grid of its service and its délai de prévenance.
 */
public record Activity(
        long id,
        long collectiviteId,
        String uai,
        String anneeScolaire,
        ActivityType type,
        int capacite,
        List<DayOfWeek> jours,
        @Nullable Long prestationId,
        Prevenance prevenance,
        LocalDate debut,
        LocalDate fin) {

    static final String COLUMNS =
            "a.id, a.collectivite_id, a.uai, a.annee_scolaire, a.type, a.capacite, a.jours, a.prestation_id,"
                    + " a.delai_jours, a.delai_heure, a.debut, a.fin";

    static Activity map(ResultSet rs, int n) throws SQLException {
        long prestation = rs.getLong("prestation_id");
        return new Activity(
                rs.getLong("id"),
                rs.getLong("collectivite_id"),
                rs.getString("uai"),
                rs.getString("annee_scolaire"),
                ActivityType.valueOf(rs.getString("type")),
                rs.getInt("capacite"),
                days(rs.getString("jours")),
                rs.wasNull() || prestation == 0 ? null : prestation,
                new Prevenance(
                        rs.getInt("delai_jours"), rs.getTime("delai_heure").toLocalTime()),
                rs.getDate("debut").toLocalDate(),
                rs.getDate("fin").toLocalDate());
    }

    /** Whether the activity runs that day of the week, within its period (closed days aside). */
    public boolean runs(LocalDate day) {
        return jours.contains(day.getDayOfWeek()) && !day.isBefore(debut) && !day.isAfter(fin);
    }

    public String libelle() {
        return type.libelle();
    }

    /** "lundi, mardi, jeudi, vendredi". */
    public String joursTexte() {
        return daysText(jours);
    }

    public static String daysText(List<DayOfWeek> days) {
        return days.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.FRANCE))
                .collect(Collectors.joining(", "));
    }

    /** "1,2,4,5" from the days, as the tables store them. */
    public static String code(List<DayOfWeek> days) {
        return days.stream()
                .distinct()
                .sorted()
                .map(d -> String.valueOf(d.getValue()))
                .collect(Collectors.joining(","));
    }

    public static List<DayOfWeek> days(String code) {
        if (code.isBlank()) {
            return List.of();
        }
        return Arrays.stream(code.split(","))
                .map(s -> DayOfWeek.of(Integer.parseInt(s.strip())))
                .distinct()
                .sorted()
                .toList();
    }
}
