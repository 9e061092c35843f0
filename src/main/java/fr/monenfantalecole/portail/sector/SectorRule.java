package fr.monenfantalecole.portail.sector;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a carte scolaire: a street (or a lieu-dit, or the whole commune when single-sector),
 * optionally a range of numbers on one side, and the school it belongs to for one level.
 */
public record SectorRule(
        long id,
        String niveau,
        String codeInsee,
        String commune,
        @Nullable String codePostal,
        @Nullable String lieuDit,
        @Nullable String voie,
        @Nullable Integer debut,
        @Nullable String debutIndice,
        @Nullable Integer fin,
        @Nullable String finIndice,
        @Nullable String parite,
        String uai,
        boolean secteurUnique) {

    /** Repetition indices in their order: none, then bis (B), ter (C), quater (D)... or A, B, C. */
    static int indexRank(@Nullable String index) {
        if (index == null || index.isBlank()) {
            return 0;
        }
        return switch (index.strip().toUpperCase(Locale.ROOT)) {
            case "A" -> 1;
            case "B", "BIS" -> 2;
            case "C", "TER" -> 3;
            case "D", "QUATER" -> 4;
            case "E", "QUINQUIES" -> 5;
            default -> 6;
        };
    }

    /** Whether the number (with its repetition index) falls in this rule's range and side. */
    public boolean covers(int number, @Nullable String index) {
        if (secteurUnique || debut == null || fin == null) {
            return true;
        }
        if (parite != null && !parite.equals("PI")) {
            boolean even = number % 2 == 0;
            if (parite.equals("P") != even) {
                return false;
            }
        }
        long value = key(number, index);
        return value >= key(debut, debutIndice) && value <= key(fin, finIndice);
    }

    private static long key(int number, @Nullable String index) {
        return number * 10L + indexRank(index);
    }

    /** The rule in plain words: "Boulevard de Groslay, numéros impairs de 1 à 15". */
    public String describe() {
        if (secteurUnique) {
            return "Toute la commune de " + commune;
        }
        String street = voie != null && !voie.isBlank() ? StreetLabels.label(voie) : "";
        String place = lieuDit != null && !lieuDit.isBlank() ? StreetLabels.label(lieuDit) : "";
        String where = street.isEmpty() ? place : place.isEmpty() ? street : street + " (" + place + ")";
        if (debut == null || fin == null || (debut <= 2 && fin >= 9999 && "PI".equals(parite))) {
            return where + ", tous les numéros";
        }
        String side = switch (parite == null ? "PI" : parite) {
            case "P" -> "numéros pairs";
            case "I" -> "numéros impairs";
            default -> "numéros";
        };
        String from = debut + suffix(debutIndice);
        String to = fin >= 9999 ? null : fin + suffix(finIndice);
        if (from.equals(to)) {
            return where + ", numéro " + from;
        }
        return where + ", " + side + (to == null ? " à partir du " + from : " de " + from + " à " + to);
    }

    private static String suffix(@Nullable String index) {
        return switch (indexRank(index)) {
            case 0 -> "";
            case 2 -> " bis";
            case 3 -> " ter";
            case 4 -> " quater";
            default ->
                " "
                        + Objects.requireNonNull(index, "a rank above 0 comes from an index")
                                .toLowerCase(Locale.ROOT);
        };
    }
}
