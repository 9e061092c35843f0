package fr.monenfantalecole.portail.fiche;

/** Whole numbers as French speaks them ("2026" → "deux mille vingt-six"), so that readability counts what is read aloud. */
final class FrenchNumbers {

    private static final String[] UNITS = {
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf"
    };
    private static final String[] TENS = {
        "", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"
    };

    private FrenchNumbers() {}

    static String spoken(long n) {
        if (n < 0) {
            return "moins " + spoken(-n);
        }
        if (n >= 1_000_000_000L) {
            return spoken(n / 1_000_000_000L) + " milliards" + rest(n % 1_000_000_000L);
        }
        if (n >= 1_000_000) {
            return spoken(n / 1_000_000) + " millions" + rest(n % 1_000_000);
        }
        if (n >= 1000) {
            return (n / 1000 == 1 ? "mille" : belowThousand((int) (n / 1000)) + " mille") + rest(n % 1000);
        }
        return belowThousand((int) n);
    }

    private static String rest(long n) {
        return n == 0 ? "" : " " + spoken(n);
    }

    private static String belowThousand(int n) {
        if (n >= 100) {
            String hundreds = n / 100 == 1 ? "cent" : UNITS[n / 100] + " cent";
            return n % 100 == 0 ? hundreds : hundreds + " " + belowHundred(n % 100);
        }
        return belowHundred(n);
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        int ten = n / 10;
        int unit = n % 10;
        if (ten == 7 || ten == 9) {
            return TENS[ten] + (unit == 1 && ten == 7 ? " et " : "-") + UNITS[10 + unit];
        }
        if (unit == 0) {
            return TENS[ten];
        }
        return TENS[ten] + (unit == 1 && ten != 8 ? " et un" : "-" + UNITS[unit]);
    }
}
