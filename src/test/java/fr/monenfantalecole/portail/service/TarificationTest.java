package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.service.Grille.Bornes;
import fr.monenfantalecole.portail.service.Grille.Tranche;
import fr.monenfantalecole.portail.service.Tarification.Demande;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TarificationTest {

    static Grille tranches(Bornes bornes, Tranche... tranches) {
        return new Grille(
                Grille.Mode.TRANCHES,
                bornes,
                List.of(tranches),
                null,
                null,
                null,
                450,
                Grille.NonResident.IDENTIQUE,
                Grille.Fratrie.AUCUNE);
    }

    static Grille taux(String pct, long floor, long ceiling) {
        return new Grille(
                Grille.Mode.TAUX_EFFORT,
                Bornes.MIN_INCLUS,
                List.of(),
                new BigDecimal(pct),
                floor,
                ceiling,
                ceiling,
                Grille.NonResident.IDENTIQUE,
                Grille.Fratrie.AUCUNE);
    }

    static Tranche t(long fromEuros, Long toEuros, long priceCents) {
        return new Tranche(fromEuros * 100, toEuros == null ? null : toEuros * 100, priceCents);
    }

    static long price(Grille g, long qfCents) {
        return Tarification.prix(g, Demande.of(qfCents)).centimes();
    }

    @Test
    void tauxEffortIsClampedBetweenFloorAndCeiling() {
        var g = taux("0.36", 260, 450);
        assertThat(g.errors()).isEmpty();
        assertThat(price(g, 70_000)).isEqualTo(260); // 700 × 0,36 % = 2,52 → floor 2,60
        assertThat(price(g, 150_000)).isEqualTo(450); // 5,40 → ceiling 4,50
        assertThat(price(g, 100_000)).isEqualTo(360); // 3,60
        assertThat(price(g, 104_667)).isEqualTo(377); // 3,768 → 3,77 (half up)
        var p = Tarification.prix(g, Demande.of(70_000L));
        assertThat(p.trancheLibelle()).isEqualTo("Prix plancher");
        assertThat(p.explications()).anyMatch(s -> s.contains("2,52 €")).anyMatch(s -> s.contains("plancher, 2,60 €"));
        assertThat(p.precedente())
                .as("a family at the floor has no cheaper neighbour")
                .isNull();
        var middle = Tarification.prix(g, Demande.of(100_000L));
        assertThat(middle.precedente().libelle())
                .contains("722,23 €"); // 2,60 / 0,36 % = 722,22… → from 722,23 on the rate applies
        assertThat(middle.precedente().prixCentimes()).isEqualTo(260);
        assertThat(middle.suivante().libelle()).contains("1 250 €");
        assertThat(Tarification.prix(g, Demande.of(150_000L)).suivante()).isNull();
    }

    @Test
    void lowerBoundIncludedUpperExcluded() {
        var g = tranches(Bornes.MIN_INCLUS, t(0, 500L, 100), t(500, 800L, 200), t(800, null, 300));
        assertThat(g.errors()).isEmpty();
        assertThat(price(g, 0)).isEqualTo(100);
        assertThat(price(g, 49_999)).isEqualTo(100);
        assertThat(price(g, 50_000)).isEqualTo(200);
        assertThat(price(g, 80_000)).isEqualTo(300);
        assertThat(price(g, 999_999_99)).isEqualTo(300);
    }

    @Test
    void upperBoundIncluded() {
        var g = tranches(Bornes.MAX_INCLUS, t(0, 500L, 100), t(500, 800L, 200), t(800, null, 300));
        assertThat(g.errors()).isEmpty();
        assertThat(price(g, 0)).isEqualTo(100);
        assertThat(price(g, 50_000)).isEqualTo(100);
        assertThat(price(g, 50_001)).isEqualTo(200);
        assertThat(price(g, 80_000)).isEqualTo(200);
        assertThat(price(g, 80_001)).isEqualTo(300);
    }

    @Test
    void bothBoundsIncludedInWholeEurosWithTheQuotientTakenToTheEuroBelow() {
        var g = tranches(Bornes.DEUX_INCLUSES, t(0, 500L, 100), t(501, 800L, 200), t(801, null, 300));
        assertThat(g.errors()).isEmpty();
        assertThat(price(g, 50_000)).isEqualTo(100);
        assertThat(price(g, 50_099)).isEqualTo(100);
        assertThat(price(g, 50_100)).isEqualTo(200);
        assertThat(price(g, 80_100)).isEqualTo(300);
    }

    @Test
    void neighbouringTranchesAreGiven() {
        var g = tranches(Bornes.MIN_INCLUS, t(0, 500L, 100), t(500, 800L, 200), t(800, null, 300));
        var p = Tarification.prix(g, Demande.of(60_000L));
        assertThat(p.tranche()).isEqualTo(1);
        assertThat(p.trancheLibelle()).isEqualTo("De 500 € à moins de 800 €");
        assertThat(p.precedente()).isEqualTo(new Tarification.Voisine("De 0 € à moins de 500 €", 100));
        assertThat(p.suivante()).isEqualTo(new Tarification.Voisine("800 € et plus", 300));
        var first = Tarification.prix(g, Demande.of(0L));
        assertThat(first.precedente()).isNull();
    }

    @Test
    void gapsAndOverlapsAreRefusedWithTheirBounds() {
        var gap = tranches(Bornes.MIN_INCLUS, t(0, 500L, 100), t(550, 800L, 200), t(800, null, 300));
        assertThat(gap.errors()).containsOnlyKeys("tranche-2");
        assertThat(gap.errors().get("tranche-2"))
                .contains("Trou entre la tranche 1 et la tranche 2")
                .contains("de 500,00 € à moins de 550,00 €")
                .contains("devrait commencer à 500,00 €");

        var overlap = tranches(Bornes.MIN_INCLUS, t(0, 500L, 100), t(450, 800L, 200), t(800, null, 300));
        assertThat(overlap.errors().get("tranche-2"))
                .contains("se chevauchent")
                .contains("de 450,00 € à moins de 500,00 €");

        var inclusiveGap = tranches(Bornes.DEUX_INCLUSES, t(0, 500L, 100), t(502, null, 200));
        assertThat(inclusiveGap.errors().get("tranche-2")).contains("de 501,00 € à 501,00 €");
        var inclusiveOverlap = tranches(Bornes.DEUX_INCLUSES, t(0, 500L, 100), t(500, null, 200));
        assertThat(inclusiveOverlap.errors().get("tranche-2"))
                .contains("se chevauchent")
                .contains("de 500,00 € à 500,00 €");

        var upperGap = tranches(Bornes.MAX_INCLUS, t(0, 500L, 100), t(550, null, 200));
        assertThat(upperGap.errors().get("tranche-2")).contains("de plus de 500,00 € jusqu'à 550,00 €");
        var percent = new Grille(
                Grille.Mode.TRANCHES,
                Bornes.MIN_INCLUS,
                List.of(t(0, null, 100)),
                null,
                null,
                null,
                100,
                new Grille.NonResident(Grille.RegleNonResident.MAJORATION, new BigDecimal("12.345"), null),
                Grille.Fratrie.AUCUNE);
        assertThat(percent.errors()).containsKey("nonResidentPourcent");

        var closed = tranches(Bornes.MIN_INCLUS, t(0, 500L, 100), t(500, 800L, 200));
        assertThat(closed.errors().get("tranche-2")).contains("sans plafond").contains("800,00 €");
        var notFromZero = tranches(Bornes.MIN_INCLUS, t(100, null, 100));
        assertThat(notFromZero.errors().get("tranche-1")).contains("commencer à 0 €");
        var backwards = tranches(Bornes.MIN_INCLUS, t(0, 500L, 100), t(500, 400L, 200), t(400, null, 300));
        assertThat(backwards.errors().get("tranche-2")).contains("avant de commencer");
        assertThat(tranches(Bornes.MIN_INCLUS).errors()).containsKey("tranches");
    }

    @Test
    void nonResidentsAndSiblings() {
        var base = tranches(Bornes.MIN_INCLUS, t(0, 500L, 100), t(500, null, 300));
        var surcharge = new Grille(
                base.mode(),
                base.bornes(),
                base.tranches(),
                null,
                null,
                null,
                450,
                new Grille.NonResident(Grille.RegleNonResident.MAJORATION, new BigDecimal("30"), null),
                new Grille.Fratrie(3, new BigDecimal("20")));
        assertThat(surcharge.errors()).isEmpty();
        assertThat(Tarification.prix(surcharge, new Demande(60_000L, false, 1)).centimes())
                .isEqualTo(390);
        assertThat(Tarification.prix(surcharge, new Demande(60_000L, true, 2)).centimes())
                .isEqualTo(300);
        assertThat(Tarification.prix(surcharge, new Demande(60_000L, true, 3)).centimes())
                .isEqualTo(240);
        assertThat(Tarification.prix(surcharge, new Demande(60_000L, false, 3)).centimes())
                .isEqualTo(312); // 3,90 − 20 %
        // No quotient given: the default price.
        assertThat(Tarification.prix(surcharge, new Demande(null, true, 1)).centimes())
                .isEqualTo(450);

        var fixed = new Grille(
                base.mode(),
                base.bornes(),
                base.tranches(),
                null,
                null,
                null,
                450,
                new Grille.NonResident(Grille.RegleNonResident.PRIX_FIXE, null, 520L),
                Grille.Fratrie.AUCUNE);
        assertThat(Tarification.prix(fixed, new Demande(10_000L, false, 1)).centimes())
                .isEqualTo(520);
        var missing = new Grille(
                base.mode(),
                base.bornes(),
                base.tranches(),
                null,
                null,
                null,
                450,
                new Grille.NonResident(Grille.RegleNonResident.PRIX_FIXE, null, null),
                new Grille.Fratrie(1, null));
        assertThat(missing.errors()).containsKeys("nonResidentPrix", "fratrieRang", "fratriePourcent");
    }

    @Test
    void schoolYearsStartInAugust() {
        assertThat(AnneeScolaire.of(java.time.LocalDate.of(2026, 11, 29))).isEqualTo("2026-2027");
        assertThat(AnneeScolaire.of(java.time.LocalDate.of(2027, 7, 31))).isEqualTo("2026-2027");
        assertThat(AnneeScolaire.of(java.time.LocalDate.of(2027, 8, 1))).isEqualTo("2027-2028");
        assertThat(AnneeScolaire.valide("2026-2028")).isFalse();
    }

    @Test
    void linksMustBeHttps() {
        assertThat(LiensServices.urlProblem("https://www.fougeres.fr/inscriptions"))
                .isNull();
        assertThat(LiensServices.urlProblem("https://mairie-été.fr/")).isNull();
        assertThat(LiensServices.urlProblem("http://www.fougeres.fr")).contains("https://");
        assertThat(LiensServices.urlProblem("www.fougeres.fr")).contains("https://");
        assertThat(LiensServices.urlProblem("https://localhost/x")).contains("nom de site");
        assertThat(LiensServices.urlProblem("https://user:pw@www.ville.fr")).contains("mot de passe");
        assertThat(LiensServices.urlProblem("https://www.ville.fr/a b")).contains("espace");
        assertThat(LiensServices.urlProblem("javascript:alert(1)")).contains("https://");
        assertThat(LiensServices.urlProblem("")).isNotNull();
    }
}
