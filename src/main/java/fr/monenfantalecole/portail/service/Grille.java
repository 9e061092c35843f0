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
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (mode == Mode.TRANCHES) {
            new TrancheCheck(tranches, bornes).check(errors);
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
