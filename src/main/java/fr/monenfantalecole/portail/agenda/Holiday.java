package fr.monenfantalecole.portail.agenda;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One line of the official school calendar. Pupils leave after class on {@code debut} and come back
 * on the morning of {@code fin}, so {@code fin} is exclusive; {@code debut == fin} is a one-day
 * marker such as "Début des Vacances d'Été".
 *
 * @param population "-" (everyone), "Élèves", "Enseignants" or a finer wording of the file
 */
public record Holiday(
        String description,
        String population,
        LocalDate debut,
        LocalDate fin,
        String academie,
        String zone,
        String anneeScolaire) {

    /** A line about teachers only: a detail for parents, never the pupils' return. */
    public boolean teachersOnly() {
        return population.toLowerCase(Locale.ROOT).startsWith("enseignant");
    }

    public boolean marker() {
        return debut.equals(fin);
    }

    /** What identifies the line across editions of the file, for stable calendar UIDs. */
    public String key() {
        return academie + "|" + description + "|" + debut + "|" + population;
    }
}
