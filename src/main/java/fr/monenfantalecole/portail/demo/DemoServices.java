package fr.monenfantalecole.portail.demo;

import static fr.monenfantalecole.portail.demo.DemoGrids.fratrie;
import static fr.monenfantalecole.portail.demo.DemoGrids.majoration;
import static fr.monenfantalecole.portail.demo.DemoGrids.prixFixe;
import static fr.monenfantalecole.portail.demo.DemoGrids.taux;
import static fr.monenfantalecole.portail.demo.DemoGrids.tranches;

import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Grille.Bornes;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Made-up price grids (marked as examples) for Fougères, Rennes, Vitré and Saint-Malo for the
 * current school year; {@link DemoServiceLinks} adds the links to téléservices and ENT.
 */
@Component
class DemoServices {

    private final Prestations prestations;
    private final DemoServiceLinks links;
    private final Collectivites collectivites;
    private final Clock clock;

    DemoServices(Prestations prestations, DemoServiceLinks links, Collectivites collectivites, Clock clock) {
        this.prestations = prestations;
        this.links = links;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    boolean loaded() {
        return collectivites
                .findBySlug("fougeres")
                .map(c -> !prestations.annees(c.id()).isEmpty())
                .orElse(true);
    }

    void load() {
        String year = AnneeScolaire.of(LocalDate.now(clock));
        with("fougeres", c -> {
            add(
                    c,
                    year,
                    1,
                    "Restauration scolaire",
                    "le repas",
                    "Repas du midi, de la maternelle au CM2.",
                    tranches(Bornes.MIN_INCLUS, 490, majoration("25"), fratrie(3, "20"), """
                            0      450    100
                            450    700    210
                            700    950    305
                            950    1250   380
                            1250   1600   440
                            1600   -      490
                            """));
            add(
                    c,
                    year,
                    2,
                    "Accueil du matin",
                    "la séance",
                    "De 7 h 30 à l'heure de la classe.",
                    taux("0.12", 60, 190, 190, Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE));
            add(
                    c,
                    year,
                    3,
                    "Accueil du soir",
                    "la séance",
                    "De la fin de la classe à 18 h 30, goûter compris.",
                    taux("0.18", 90, 280, 280, Grille.NonResident.IDENTIQUE, fratrie(3, "20")));
            add(
                    c,
                    year,
                    4,
                    "Mercredi loisirs",
                    "la journée",
                    "Journée avec repas, au centre de loisirs.",
                    tranches(Bornes.MAX_INCLUS, 1480, prixFixe(1950), Grille.Fratrie.AUCUNE, """
                            0      600    520
                            600    900    840
                            900    1200   1160
                            1200   -      1480
                            """));
        });
        with("rennes", c -> {
            add(
                    c,
                    year,
                    1,
                    "Restauration scolaire",
                    "le repas",
                    "Le prix du repas suit votre quotient familial (taux d'effort).",
                    taux("0.36", 260, 450, 450, majoration("30"), fratrie(3, "15")));
            add(
                    c,
                    year,
                    2,
                    "Accueil périscolaire du soir",
                    "la séance",
                    "",
                    tranches(Bornes.DEUX_INCLUSES, 250, Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE, """
                            0      499    40
                            500    899    110
                            900    1299   170
                            1300   -      250
                            """));
        });
        with("vitre", c -> {
            add(
                    c,
                    year,
                    1,
                    "Restauration scolaire",
                    "le repas",
                    "",
                    tranches(Bornes.DEUX_INCLUSES, 415, majoration("20"), Grille.Fratrie.AUCUNE, """
                            0      500    100
                            501    800    245
                            801    1100   330
                            1101   -      415
                            """));
            add(
                    c,
                    year,
                    2,
                    "Garderie",
                    "la demi-heure",
                    "Matin et soir, facturée à la demi-heure.",
                    tranches(Bornes.DEUX_INCLUSES, 95, Grille.NonResident.IDENTIQUE, fratrie(2, "10"), """
                            0      700    55
                            701    1100   75
                            1101   -      95
                            """));
        });
        with("saint-malo", c -> {
            add(
                    c,
                    year,
                    1,
                    "Restauration scolaire",
                    "le repas",
                    "",
                    tranches(Bornes.MIN_INCLUS, 480, majoration("35"), fratrie(3, "25"), """
                            0      400    100
                            400    650    190
                            650    900    290
                            900    1200   370
                            1200   -      480
                            """));
            add(
                    c,
                    year,
                    2,
                    "Centre de loisirs",
                    "la journée",
                    "Vacances scolaires et mercredis, repas compris.",
                    taux("1.1", 400, 1700, 1700, prixFixe(2200), Grille.Fratrie.AUCUNE));
        });
        // The agglomeration's leisure centres: their prices were a sentence in the local data, now a grid.
        with(
                "fougeres-agglomeration",
                c -> add(
                        c,
                        year,
                        1,
                        "Accueil de loisirs",
                        "la journée",
                        "Journée avec repas, mercredis et vacances scolaires.",
                        tranches(Bornes.MIN_INCLUS, 1800, prixFixe(2500), Grille.Fratrie.AUCUNE, """
                        0      600    450
                        600    900    800
                        900    1200   1250
                        1200   1600   1550
                        1600   -      1800
                        """)));
        links.load();
    }

    private void with(String slug, Consumer<Collectivite> action) {
        collectivites.findBySlug(slug).ifPresent(action);
    }

    private void add(
            Collectivite c, String year, int order, String nom, String unite, String description, Grille grille) {
        var errors = grille.errors();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Grille de démonstration invalide " + nom + " : " + errors);
        }
        prestations.create(c.id(), new Prestations.Saisie(nom, unite, description, year, order, grille, true), null);
    }
}
