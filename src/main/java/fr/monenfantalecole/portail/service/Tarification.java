package fr.monenfantalecole.portail.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The price a family pays under a grid, with the reasons in plain words. Money in cents; every
 * percentage is applied to the cent, half up.
 */
public final class Tarification {

    private Tarification() {}

    /** Who asks: the quotient in cents (null: not given), living in the collectivité or not, the child's rank among those registered (1 = first). */
    public record Demande(@Nullable Long quotientCentimes, boolean resident, int rangEnfant) {
        public static Demande of(@Nullable Long quotientCentimes) {
            return new Demande(quotientCentimes, true, 1);
        }
    }

    /** A neighbouring tranche: how it reads and what it costs (with the same rules applied). */
    public record Voisine(String libelle, long prixCentimes) {}

    /**
     * The price and why.
     *
     * @param tranche the index of the tranche applied (0-based), null with a taux d'effort, a fixed price or no quotient
     * @param trancheLibelle how that tranche reads, or what replaced it ("Sans quotient", "Taux d'effort")
     */
    public record Prix(
            long centimes,
            @Nullable Integer tranche,
            String trancheLibelle,
            List<String> explications,
            @Nullable Voisine precedente,
            @Nullable Voisine suivante) {}

    public static Prix prix(Grille g, Demande d) {
        List<String> why = new ArrayList<>();
        if (!d.resident() && g.nonResident().regle() == Grille.RegleNonResident.PRIX_FIXE) {
            long p = java.util.Objects.requireNonNull(g.nonResident().prixCentimes());
            why.add("Les familles qui n'habitent pas la collectivité paient un prix unique : " + Montants.euros(p)
                    + ".");
            return new Prix(fratrie(g, d, p, why), null, "Hors collectivité", why, null, null);
        }
        if (d.quotientCentimes() == null) {
            why.add("Sans quotient familial, le tarif appliqué est " + Montants.euros(g.prixDefautCentimes()) + ".");
            long p = adjust(g, d, g.prixDefautCentimes(), why);
            return new Prix(p, null, "Sans quotient", why, null, null);
        }
        long qf = d.quotientCentimes();
        if (g.mode() == Grille.Mode.TAUX_EFFORT) {
            return tauxEffort(g, d, qf, why);
        }
        int i = trancheOf(g, qf);
        var tranches = g.tranches();
        var t = tranches.get(i);
        String label = g.libelle(t, i == 0);
        why.add("Avec un quotient de " + Montants.euros(qf)
                + (g.bornes() == Grille.Bornes.DEUX_INCLUSES && qf % 100 != 0
                        ? " (compté " + Montants.euros(qf / 100 * 100) + ", à l'euro inférieur)"
                        : "")
                + ", vous êtes dans la tranche " + (i + 1) + " (" + lower(label) + ") : "
                + Montants.euros(t.prixCentimes()) + ".");
        long p = adjust(g, d, t.prixCentimes(), why);
        Voisine before = i > 0 ? voisine(g, d, i - 1) : null;
        Voisine after = i < tranches.size() - 1 ? voisine(g, d, i + 1) : null;
        return new Prix(p, i, label, why, before, after);
    }

    private static Voisine voisine(Grille g, Demande d, int i) {
        var t = g.tranches().get(i);
        return new Voisine(g.libelle(t, i == 0), adjust(g, d, t.prixCentimes(), new ArrayList<>()));
    }

    private static Prix tauxEffort(Grille g, Demande d, long qf, List<String> why) {
        BigDecimal taux = java.util.Objects.requireNonNull(g.tauxPourcent());
        long floor = java.util.Objects.requireNonNull(g.plancherCentimes());
        long ceiling = java.util.Objects.requireNonNull(g.plafondCentimes());
        long raw = BigDecimal.valueOf(qf)
                .multiply(taux)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        String tauxText = Montants.pourcentTexte(taux);
        why.add("Taux d'effort : " + Montants.euros(qf) + " × " + tauxText + " = " + Montants.euros(raw) + ".");
        long p = raw;
        String label = "Taux d'effort de " + tauxText;
        if (raw < floor) {
            p = floor;
            label = "Prix plancher";
            why.add("C'est moins que le prix plancher : vous payez le plancher, " + Montants.euros(floor) + ".");
        } else if (raw > ceiling) {
            p = ceiling;
            label = "Prix plafond";
            why.add("C'est plus que le prix plafond : vous payez le plafond, " + Montants.euros(ceiling) + ".");
        }
        p = adjust(g, d, p, why);
        // The quotients where the floor stops and the ceiling starts, for "what the neighbours pay".
        long floorUpTo = BigDecimal.valueOf(floor)
                .multiply(BigDecimal.valueOf(100))
                .divide(taux, 0, RoundingMode.CEILING)
                .longValueExact();
        long ceilingFrom = BigDecimal.valueOf(ceiling)
                .multiply(BigDecimal.valueOf(100))
                .divide(taux, 0, RoundingMode.FLOOR)
                .longValueExact();
        // What families below and above pay: the floor unless this family already pays it, the ceiling likewise.
        Voisine before = raw <= floor
                ? null
                : new Voisine(
                        "Plancher, jusqu'à un quotient de " + Montants.borne(floorUpTo),
                        adjust(g, d, floor, new ArrayList<>()));
        Voisine after = raw >= ceiling
                ? null
                : new Voisine(
                        "Plafond, à partir d'un quotient de " + Montants.borne(ceilingFrom),
                        adjust(g, d, ceiling, new ArrayList<>()));
        return new Prix(p, null, label, why, before, after);
    }

    /** The index of the tranche holding this quotient under the grid's convention (the grid is valid). */
    static int trancheOf(Grille g, long qf) {
        var tranches = g.tranches();
        long q = g.bornes() == Grille.Bornes.DEUX_INCLUSES ? qf / 100 * 100 : qf;
        for (int i = 0; i < tranches.size(); i++) {
            var t = tranches.get(i);
            Long to = t.aCentimes();
            boolean in = switch (g.bornes()) {
                case MIN_INCLUS -> q >= t.deCentimes() && (to == null || q < to);
                case MAX_INCLUS -> (i == 0 ? q >= t.deCentimes() : q > t.deCentimes()) && (to == null || q <= to);
                case DEUX_INCLUSES -> q >= t.deCentimes() && (to == null || q <= to);
            };
            if (in) {
                return i;
            }
        }
        return tranches.size() - 1;
    }

    /** The non-resident surcharge and the sibling discount, in this order. */
    private static long adjust(Grille g, Demande d, long price, List<String> why) {
        long p = price;
        if (!d.resident() && g.nonResident().regle() == Grille.RegleNonResident.MAJORATION) {
            var m = java.util.Objects.requireNonNull(g.nonResident().majorationPourcent());
            p = percent(p, BigDecimal.valueOf(100).add(m));
            why.add("Vous n'habitez pas la collectivité : +\u00a0" + Montants.pourcentTexte(m) + ", soit "
                    + Montants.euros(p) + ".");
        }
        return fratrie(g, d, p, why);
    }

    private static long fratrie(Grille g, Demande d, long price, List<String> why) {
        var f = g.fratrie();
        if (!f.active() || d.rangEnfant() < f.aPartirDuRang()) {
            return price;
        }
        var r = java.util.Objects.requireNonNull(f.reductionPourcent());
        long p = percent(price, BigDecimal.valueOf(100).subtract(r));
        why.add("Réduction à partir du " + f.aPartirDuRang() + "e enfant inscrit : −\u00a0" + Montants.pourcentTexte(r)
                + ", soit " + Montants.euros(p) + ".");
        return p;
    }

    private static long percent(long cents, BigDecimal pct) {
        return BigDecimal.valueOf(cents)
                .multiply(pct)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
