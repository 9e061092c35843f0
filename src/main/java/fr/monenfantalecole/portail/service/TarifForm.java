package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.web.EuroAmount;
import fr.monenfantalecole.portail.shared.web.WholeNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service's grid as the agent typed it, kept whole when something is wrong (bound as "tarifForm":
 * its messages are in i18n/service.properties; {@link TarifFormCheck} adds the rows' and the grid's
 * own checks). The tranches come as three parallel lists (from, to, price); blank rows are ignored.
 */
public record TarifForm(
        @NotBlank(message = "{service.tarif.nom}") @Size(max = 120, message = "{service.tarif.nom.long}") @Nullable
        String nom,

        @NotBlank(message = "{service.tarif.unite}") @Nullable
        String unite,

        @Nullable String description,

        @SchoolYear(message = "{service.tarif.annee}") @Nullable
        String annee,

        @WholeNumber(message = "{service.tarif.ordre}") @Nullable
        String ordre,

        @Nullable String mode,
        @Nullable String bornes,
        @Nullable List<String> trancheDe,
        @Nullable List<String> trancheA,
        @Nullable List<String> tranchePrix,
        @Nullable String taux,
        @Nullable String plancher,
        @Nullable String plafond,

        @NotBlank(message = "{service.tarif.prixDefaut}") @EuroAmount(message = "{service.tarif.prixDefaut}") @Nullable
        String prixDefaut,

        @Nullable String nonResident,
        @Nullable String nonResidentPourcent,
        @Nullable String nonResidentPrix,
        @Nullable String fratrieRang,
        @Nullable String fratriePourcent) {

    /** The name is kept stripped, as it is saved (its length and uniqueness are those of the stripped name). */
    public TarifForm {
        nom = nom == null ? null : nom.strip();
    }

    /** A tranche row as typed. */
    public record Ligne(String de, String a, String prix) {}

    static TarifForm empty(String annee) {
        return new TarifForm(
                "",
                "le repas",
                "",
                annee,
                "0",
                "TRANCHES",
                "MIN_INCLUS",
                List.of("0"),
                List.of(""),
                List.of(""),
                "",
                "",
                "",
                "",
                "IDENTIQUE",
                "",
                "",
                "",
                "");
    }

    static TarifForm of(Prestation p) {
        var g = p.grille();
        return new TarifForm(
                p.nom(),
                p.unite(),
                p.description(),
                p.anneeScolaire(),
                String.valueOf(p.ordre()),
                g.mode().name(),
                g.bornes().name(),
                g.tranches().stream().map(t -> Montants.saisie(t.deCentimes())).toList(),
                g.tranches().stream().map(t -> Montants.saisie(t.aCentimes())).toList(),
                g.tranches().stream()
                        .map(t -> Montants.saisie(t.prixCentimes()))
                        .toList(),
                Montants.saisie(g.tauxPourcent()),
                Montants.saisie(g.plancherCentimes()),
                Montants.saisie(g.plafondCentimes()),
                Montants.saisie(g.prixDefautCentimes()),
                g.nonResident().regle().name(),
                Montants.saisie(g.nonResident().majorationPourcent()),
                Montants.saisie(g.nonResident().prixCentimes()),
                g.fratrie().active() ? String.valueOf(g.fratrie().aPartirDuRang()) : "",
                Montants.saisie(g.fratrie().reductionPourcent()));
    }

    /** The typed rows, blank ones dropped, plus empty rows so that the agent can add tranches without JavaScript. */
    public List<Ligne> lignes() {
        List<Ligne> rows = new ArrayList<>(typed());
        int wanted = Math.max(rows.size() + 3, 6);
        while (rows.size() < wanted) {
            rows.add(new Ligne("", "", ""));
        }
        return rows;
    }

    List<Ligne> typed() {
        List<Ligne> rows = new ArrayList<>();
        int n = Math.max(size(trancheDe), Math.max(size(trancheA), size(tranchePrix)));
        for (int i = 0; i < n; i++) {
            String de = at(trancheDe, i);
            String a = at(trancheA, i);
            String prix = at(tranchePrix, i);
            if (!de.isBlank() || !a.isBlank() || !prix.isBlank()) {
                rows.add(new Ligne(de, a, prix));
            }
        }
        return rows;
    }

    private static int size(@Nullable List<String> l) {
        return l == null ? 0 : l.size();
    }

    private static String at(@Nullable List<String> l, int i) {
        return l == null || i >= l.size() || l.get(i) == null ? "" : l.get(i).strip();
    }

    public Grille.Mode modeChoisi() {
        return "TAUX_EFFORT".equals(mode) ? Grille.Mode.TAUX_EFFORT : Grille.Mode.TRANCHES;
    }

    Grille.Bornes bornesChoisies() {
        try {
            return Grille.Bornes.valueOf(bornes == null ? "" : bornes);
        } catch (IllegalArgumentException e) {
            return Grille.Bornes.MIN_INCLUS;
        }
    }

    Grille.RegleNonResident regleNonResident() {
        try {
            return Grille.RegleNonResident.valueOf(nonResident == null ? "" : nonResident);
        } catch (IllegalArgumentException e) {
            return Grille.RegleNonResident.IDENTIQUE;
        }
    }

    Grille grille(List<Grille.Tranche> tranches) {
        Long defaut = Montants.centimes(prixDefaut);
        Integer rang = TypedInteger.parse(fratrieRang);
        BigDecimal reduction = Montants.pourcent(fratriePourcent);
        var fratrie = (rang == null || rang == 0) && reduction == null
                ? Grille.Fratrie.AUCUNE
                : new Grille.Fratrie(rang == null ? 0 : rang, reduction);
        if (fratrie.aPartirDuRang() == 0 && reduction != null) {
            fratrie = new Grille.Fratrie(1, reduction); // a reduction with no rank: reported as missing rank
        }
        return new Grille(
                modeChoisi(),
                bornesChoisies(),
                modeChoisi() == Grille.Mode.TRANCHES ? tranches : List.of(),
                Montants.pourcent(taux),
                Montants.centimes(plancher),
                Montants.centimes(plafond),
                defaut == null ? 0 : defaut,
                new Grille.NonResident(
                        regleNonResident(), Montants.pourcent(nonResidentPourcent), Montants.centimes(nonResidentPrix)),
                fratrie);
    }

    /** What is saved; only called once the form is valid. */
    Prestations.Saisie saisie(boolean exemple) {
        // Rows left in the tranche table do not count when the price is a taux d'effort.
        List<Grille.Tranche> tranches = modeChoisi() != Grille.Mode.TRANCHES
                ? List.of()
                : typed().stream()
                        .map(r -> new Grille.Tranche(
                                java.util.Objects.requireNonNull(Montants.centimes(r.de())),
                                Montants.centimes(r.a()),
                                java.util.Objects.requireNonNull(Montants.centimes(r.prix()))))
                        .toList();
        return new Prestations.Saisie(
                checked(nom).strip(),
                checked(unite).strip(),
                description == null ? "" : description.strip(),
                checked(annee).strip(),
                checked(TypedInteger.parse(ordre)),
                grille(tranches),
                exemple);
    }

    /** {@link #saisie} is only called once the form is valid: what the checks require is there. */
    private static <T> T checked(@Nullable T value) {
        return java.util.Objects.requireNonNull(value, "checked by Bean Validation and TarifFormCheck");
    }
}
