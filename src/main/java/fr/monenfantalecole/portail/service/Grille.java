package fr.monenfantalecole.portail.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a service is priced: either tranches of quotient familial, or a "taux d'effort" (a
 * percentage of the quotient between a floor and a ceiling); plus the price without a quotient,
 * the rule for families living outside the collectivité and a discount for siblings.
 */
public record Grille(
        Mode mode,
        Bornes bornes,
        List<Tranche> tranches,
        @Nullable BigDecimal tauxPourcent,
        @Nullable Long plancherCentimes,
        @Nullable Long plafondCentimes,
        long prixDefautCentimes,
        NonResident nonResident,
        Fratrie fratrie) {

    public enum Mode {
        TRANCHES("Grille de tranches de quotient"),
        TAUX_EFFORT("Taux d'effort (pourcentage du quotient)");

        private final String libelle;

        Mode(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Which bound of a tranche includes the quotient that equals it. */
    public enum Bornes {
        /** from X included to Y excluded: the next tranche starts at Y. */
        MIN_INCLUS("De X € inclus à Y € exclu (la tranche suivante commence à Y €)"),
        /** above X up to Y included: the next tranche starts at Y (the first one includes 0). */
        MAX_INCLUS("De plus de X € jusqu'à Y € inclus (la tranche suivante commence à Y €)"),
        /** from X to Y, both included, in whole euros: the next tranche starts at Y + 1 €; the quotient is taken to the euro below. */
        DEUX_INCLUSES("De X € à Y €, bornes comprises, en euros entiers (la tranche suivante commence à Y + 1 €)");

        private final String libelle;

        Bornes(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** A tranche: from, to (null: no upper bound, "et plus"), price, all in cents. */
    public record Tranche(long deCentimes, @Nullable Long aCentimes, long prixCentimes) {}

    public enum RegleNonResident {
        IDENTIQUE("Même tarif que les habitants"),
        MAJORATION("Tarif majoré d'un pourcentage"),
        PRIX_FIXE("Prix unique, sans tenir compte du quotient");

        private final String libelle;

        RegleNonResident(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    public record NonResident(
            RegleNonResident regle,
            @Nullable BigDecimal majorationPourcent,
            @Nullable Long prixCentimes) {
        public static final NonResident IDENTIQUE = new NonResident(RegleNonResident.IDENTIQUE, null, null);
    }

    /** A discount from the n-th child registered (0: none). */
    public record Fratrie(int aPartirDuRang, @Nullable BigDecimal reductionPourcent) {
        public static final Fratrie AUCUNE = new Fratrie(0, null);

        public boolean active() {
            return aPartirDuRang > 0 && reductionPourcent != null;
        }
    }

    /** One French message per field ("tranches", "tranche-3", "taux"...), empty when the grid can be saved. */
    public Map<String, String> erreurs() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (mode == Mode.TRANCHES) {
            checkTranches(errors);
        } else {
            if (tauxPourcent == null
                    || tauxPourcent.signum() <= 0
                    || tauxPourcent.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.put("taux", "Indiquez le taux d'effort en pourcentage du quotient, par exemple 0,36.");
            }
            if (plancherCentimes == null) {
                errors.put("plancher", "Indiquez le prix plancher, par exemple 2,60.");
            }
            if (plafondCentimes == null) {
                errors.put("plafond", "Indiquez le prix plafond, par exemple 4,50.");
            }
            if (plancherCentimes != null && plafondCentimes != null && plancherCentimes > plafondCentimes) {
                errors.put(
                        "plafond",
                        "Le plafond (" + Montants.euros(plafondCentimes) + ") est plus bas que le plancher ("
                                + Montants.euros(plancherCentimes) + ").");
            }
        }
        switch (nonResident.regle()) {
            case MAJORATION -> {
                var m = nonResident.majorationPourcent();
                if (m == null
                        || m.signum() <= 0
                        || m.compareTo(BigDecimal.valueOf(500)) > 0
                        || m.stripTrailingZeros().scale() > 2) {
                    errors.put(
                            "nonResidentPourcent",
                            "Indiquez la majoration en pourcentage, par exemple 30 (deux décimales au plus).");
                }
            }
            case PRIX_FIXE -> {
                if (nonResident.prixCentimes() == null) {
                    errors.put(
                            "nonResidentPrix",
                            "Indiquez le prix payé par les familles qui n'habitent pas la collectivité.");
                }
            }
            case IDENTIQUE -> {}
        }
        if (fratrie.aPartirDuRang() != 0) {
            if (fratrie.aPartirDuRang() < 2 || fratrie.aPartirDuRang() > 10) {
                errors.put(
                        "fratrieRang",
                        "La réduction s'applique à partir du 2e enfant au plus tôt (et au plus tard du 10e).");
            }
            var r = fratrie.reductionPourcent();
            if (r == null
                    || r.signum() <= 0
                    || r.compareTo(BigDecimal.valueOf(100)) > 0
                    || r.stripTrailingZeros().scale() > 2) {
                errors.put(
                        "fratriePourcent",
                        "Indiquez la réduction en pourcentage, entre 1 et 100, avec deux décimales au plus.");
            }
        }
        return errors;
    }

    private void checkTranches(Map<String, String> errors) {
        if (tranches.isEmpty()) {
            errors.put("tranches", "Saisissez au moins une tranche : de 0 € et plus, avec son prix.");
            return;
        }
        boolean wholeEuros = bornes == Bornes.DEUX_INCLUSES;
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

    /** How a tranche reads for parents under this grid's convention: "de 500,00 € à 799,99 €"... */
    public String libelle(Tranche t, boolean first) {
        if (t.aCentimes() == null) {
            return switch (bornes) {
                case MIN_INCLUS, DEUX_INCLUSES ->
                    first ? "Tous les quotients" : Montants.borne(t.deCentimes()) + " et plus";
                case MAX_INCLUS -> first ? "Tous les quotients" : "Plus de " + Montants.borne(t.deCentimes());
            };
        }
        return switch (bornes) {
            case MIN_INCLUS -> "De " + Montants.borne(t.deCentimes()) + " à moins de " + Montants.borne(t.aCentimes());
            case MAX_INCLUS ->
                (first ? "Jusqu'à " : "De plus de " + Montants.borne(t.deCentimes()) + " jusqu'à ")
                        + Montants.borne(t.aCentimes());
            case DEUX_INCLUSES -> "De " + Montants.borne(t.deCentimes()) + " à " + Montants.borne(t.aCentimes());
        };
    }
}
