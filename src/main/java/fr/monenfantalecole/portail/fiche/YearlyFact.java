package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.localdata.DatesPassees;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fact of a sheet that changes with the years (an amount, a ceiling, a rate, a date), as written
 * under {@code a_reverifier:} in one line "what to check | valid for | source". "Valid for" holds a
 * year: a school year ("2025-2026"), a year ("2026"), a month or a day ("avril 2025", "1er avril
 * 2025"). The editors re-check these at each rentrée, the oldest first.
 */
public record YearlyFact(String quoi, String valablePour, String source) {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("\\b(20\\d\\d)\\s*[-–/]\\s*(20\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

    /** The line read, or what is wrong with it, in words for the editor. */
    public record Parsed(Optional<YearlyFact> fact, List<String> errors) {}

    public static Parsed parse(String line) {
        String[] parts = line.split("\\|", -1);
        List<String> errors = new ArrayList<>();
        if (parts.length != 3) {
            errors.add("« " + line + " » : écrivez trois parties séparées par « | » : ce qu'il faut vérifier"
                    + " | l'année pour laquelle c'est valable | la source.");
            return new Parsed(Optional.empty(), errors);
        }
        var fact = new YearlyFact(parts[0].strip(), parts[1].strip(), parts[2].strip());
        if (fact.quoi().isEmpty()) {
            errors.add("« " + line + " » : dites ce qu'il faut vérifier (première partie).");
        }
        if (fact.validFrom().isEmpty()) {
            errors.add("« " + line + " » : la deuxième partie doit donner l'année pour laquelle le fait est valable"
                    + " (par exemple « 2026-2027 », « 2026 » ou « 1er avril 2026 »).");
        }
        if (fact.source().isEmpty()) {
            errors.add("« " + line + " » : donnez la source où le revérifier (troisième partie).");
        }
        return new Parsed(errors.isEmpty() ? Optional.of(fact) : Optional.empty(), errors);
    }

    /**
     * The first day the stated validity covers, to sort the oldest first: 1 September of a school
     * year ("2025-2026"), else the earliest day or month named ("1er avril 2025", "avril 2025"),
     * else 1 January of the first year named.
     */
    public Optional<LocalDate> validFrom() {
        var schoolYear = SCHOOL_YEAR.matcher(valablePour);
        if (schoolYear.find() && Integer.parseInt(schoolYear.group(2)) == Integer.parseInt(schoolYear.group(1)) + 1) {
            return Optional.of(LocalDate.of(Integer.parseInt(schoolYear.group(1)), 9, 1));
        }
        var named = DatesPassees.premiere(valablePour);
        if (named.isPresent()) {
            return named;
        }
        var year = YEAR.matcher(valablePour);
        return year.find() ? Optional.of(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1)) : Optional.empty();
    }
}
