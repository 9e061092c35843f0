package fr.monenfantalecole.portail.service;

import java.time.LocalDate;
import java.time.Month;

/** School years as "2026-2027"; a year starts on 1 August for prices (the rentrée is at the end of August). */
public final class AnneeScolaire {

    private AnneeScolaire() {}

    public static String of(LocalDate day) {
        int start = day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    public static boolean valide(String annee) {
        if (annee == null || !annee.matches("\\d{4}-\\d{4}")) {
            return false;
        }
        int a = Integer.parseInt(annee.substring(0, 4));
        return Integer.parseInt(annee.substring(5)) == a + 1 && a >= 2000 && a < 2100;
    }

    public static String suivante(String annee) {
        int a = Integer.parseInt(annee.substring(0, 4)) + 1;
        return a + "-" + (a + 1);
    }
}
