package fr.monenfantalecole.portail.fiche;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern DAY_OR_MONTH = Pattern.compile(
            "\\b(?:(1er|\\d{1,2})\\s+)?(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
                    + "|octobre|novembre|décembre|decembre)\\s+(20\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1),
            Map.entry("février", 2),
            Map.entry("fevrier", 2),
            Map.entry("mars", 3),
            Map.entry("avril", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juillet", 7),
            Map.entry("août", 8),
            Map.entry("aout", 8),
            Map.entry("septembre", 9),
            Map.entry("octobre", 10),
            Map.entry("novembre", 11),
            Map.entry("décembre", 12),
            Map.entry("decembre", 12));

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
     * year, the day or the first of the month given, 1 January of a bare year.
     */
    public Optional<LocalDate> validFrom() {
        String text = valablePour.toLowerCase(Locale.ROOT);
        var schoolYear = SCHOOL_YEAR.matcher(text);
        var day = DAY_OR_MONTH.matcher(text);
        var year = YEAR.matcher(text);
        int schoolAt = schoolYear.find() ? schoolYear.start() : Integer.MAX_VALUE;
        int dayAt = day.find() ? day.start() : Integer.MAX_VALUE;
        if (schoolAt != Integer.MAX_VALUE
                && schoolAt <= dayAt
                && Integer.parseInt(schoolYear.group(2)) == Integer.parseInt(schoolYear.group(1)) + 1) {
            return Optional.of(LocalDate.of(Integer.parseInt(schoolYear.group(1)), 9, 1));
        }
        if (dayAt != Integer.MAX_VALUE) {
            int dayOfMonth = day.group(1) == null || day.group(1).equals("1er") ? 1 : Integer.parseInt(day.group(1));
            int month = MONTHS.getOrDefault(day.group(2), 1);
            int y = Integer.parseInt(day.group(3));
            if (dayOfMonth <= LocalDate.of(y, month, 1).lengthOfMonth()) {
                return Optional.of(LocalDate.of(y, month, dayOfMonth));
            }
        }
        return year.find() ? Optional.of(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1)) : Optional.empty();
    }
}
