package fr.monenfantalecole.portail.service;

import java.util.List;
import java.util.Map;

/**
 * The tranches of a grid checked as an agent reads them: they start at 0 €, follow each other
 * without gap or overlap under the grid's convention on bounds, and the last one has no ceiling.
 * Each fault is a French sentence under the key of the tranche it concerns.
 */
record TrancheCheck(List<Grille.Tranche> tranches, Grille.Bornes bornes) {

    void check(Map<String, String> errors) {
        if (tranches.isEmpty()) {
            errors.put("tranches", "Saisissez au moins une tranche : de 0 € et plus, avec son prix.");
            return;
        }
        boolean wholeEuros = bornes == Grille.Bornes.DEUX_INCLUSES;
        for (int i = 0; i < tranches.size(); i++) {
            var t = tranches.get(i);
            String key = "tranche-" + (i + 1);
            String name = "Tranche " + (i + 1);
            if (wholeEuros && (t.deCentimes() % 100 != 0 || (t.aCentimes() != null && t.aCentimes() % 100 != 0))) {
                errors.putIfAbsent(
                        key,
                        name + " : avec des bornes comprises, indiquez des euros entiers (par exemple 500 puis 501).");
            }
            if (t.aCentimes() == null && i < tranches.size() - 1) {
                errors.putIfAbsent(key, name + " : seule la dernière tranche peut rester sans plafond.");
            }
            if (t.aCentimes() != null
                    && (wholeEuros ? t.aCentimes() < t.deCentimes() : t.aCentimes() <= t.deCentimes())) {
                errors.putIfAbsent(
                        key,
                        name + " : elle se termine à " + Montants.euros(t.aCentimes()) + ", avant de commencer ("
                                + Montants.euros(t.deCentimes()) + ").");
            }
        }
        if (tranches.getFirst().deCentimes() != 0) {
            errors.putIfAbsent(
                    "tranche-1",
                    "Tranche 1 : elle doit commencer à 0 €, sinon les quotients de 0 € à "
                            + Montants.euros(tranches.getFirst().deCentimes()) + " n'ont pas de prix.");
        }
        long step = wholeEuros ? 100 : 0;
        for (int i = 1; i < tranches.size(); i++) {
            var previous = tranches.get(i - 1);
            var t = tranches.get(i);
            if (previous.aCentimes() == null) {
                continue;
            }
            long expected = previous.aCentimes() + step;
            String key = "tranche-" + (i + 1);
            if (t.deCentimes() > expected) {
                long lastMissing = wholeEuros ? t.deCentimes() - 100 : t.deCentimes();
                errors.putIfAbsent(
                        key,
                        "Trou entre la tranche " + i + " et la tranche " + (i + 1) + " : les quotients "
                                + range(expected, lastMissing) + " n'ont pas de prix."
                                + " La tranche " + (i + 1) + " devrait commencer à " + Montants.euros(expected) + ".");
            } else if (t.deCentimes() < expected) {
                long overlapEnd =
                        t.aCentimes() == null ? previous.aCentimes() : Math.min(previous.aCentimes(), t.aCentimes());
                errors.putIfAbsent(
                        key,
                        "Les tranches " + i + " et " + (i + 1) + " se chevauchent : les quotients "
                                + range(t.deCentimes(), overlapEnd) + " sont dans les deux."
                                + " La tranche " + (i + 1) + " devrait commencer à " + Montants.euros(expected) + ".");
            }
        }
        var last = tranches.getLast();
        if (last.aCentimes() != null) {
            errors.putIfAbsent(
                    "tranche-" + tranches.size(),
                    "Tranche " + tranches.size()
                            + " : la dernière tranche doit rester sans plafond (« et plus »), sinon un quotient au-delà de "
                            + Montants.euros(last.aCentimes()) + " n'a pas de prix.");
        }
    }

    /** A span of quotients read under this grid's convention, exactly: which bound is in it and which is not. */
    private String range(long from, long to) {
        return switch (bornes) {
            case MIN_INCLUS -> "de " + Montants.euros(from) + " à moins de " + Montants.euros(to);
            case MAX_INCLUS -> "de plus de " + Montants.euros(from) + " jusqu'à " + Montants.euros(to);
            case DEUX_INCLUSES -> "de " + Montants.euros(from) + " à " + Montants.euros(to);
        };
    }
}
