package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Grille.Bornes;
import fr.monenfantalecole.portail.service.Grille.Tranche;
import fr.monenfantalecole.portail.service.LienService;
import fr.monenfantalecole.portail.service.LiensServices;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Made-up price grids (marked as examples) for Fougères, Rennes, Vitré and Saint-Malo for the
 * current school year, and links to téléservices and to the académie's ENT.
 */
@Component
class DemoServices {

    private final Prestations prestations;
    private final LiensServices liens;
    private final Collectivites collectivites;

    DemoServices(Prestations prestations, LiensServices liens, Collectivites collectivites) {
        this.prestations = prestations;
        this.liens = liens;
        this.collectivites = collectivites;
    }

    boolean loaded() {
        return collectivites
                .findBySlug("fougeres")
                .map(c -> !prestations.annees(c.id()).isEmpty())
                .orElse(true);
    }

    void load() {
        String year = AnneeScolaire.of(LocalDate.now(ZoneId.of("Europe/Paris")));
        with("fougeres", c -> {
            add(
                    c,
                    year,
                    1,
                    "Restauration scolaire",
                    "le repas",
                    "Repas du midi, de la maternelle au CM2.",
                    tranches(
                            Bornes.MIN_INCLUS,
                            490,
                            majoration("25"),
                            fratrie(3, "20"),
                            0,
                            450,
                            100,
                            450,
                            700,
                            210,
                            700,
                            950,
                            305,
                            950,
                            1250,
                            380,
                            1250,
                            1600,
                            440,
                            1600,
                            -1,
                            490));
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
                    tranches(
                            Bornes.MAX_INCLUS,
                            1480,
                            prixFixe(1950),
                            Grille.Fratrie.AUCUNE,
                            0,
                            600,
                            520,
                            600,
                            900,
                            840,
                            900,
                            1200,
                            1160,
                            1200,
                            -1,
                            1480));
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Portail famille : inscriptions et paiement",
                    "Inscrire votre enfant à la cantine et au périscolaire, payer vos factures en ligne (lien d'exemple vers le site de la ville).",
                    "Familles des écoles publiques de Fougères",
                    c.siteWeb(),
                    1);
            link(
                    c,
                    LienService.Type.ENT,
                    "0350256N",
                    "ENT de l'école Odile Gautry",
                    "Cahier de liaison, photos de la classe et messages de l'équipe (lien d'exemple).",
                    "Familles de l'école",
                    "https://beneylu.com/school/",
                    2);
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
                    tranches(
                            Bornes.DEUX_INCLUSES,
                            250,
                            Grille.NonResident.IDENTIQUE,
                            Grille.Fratrie.AUCUNE,
                            0,
                            499,
                            40,
                            500,
                            899,
                            110,
                            900,
                            1299,
                            170,
                            1300,
                            -1,
                            250));
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Démarches enfance en ligne",
                    "Inscriptions scolaires et périscolaires, paiement (lien d'exemple vers le site de la ville).",
                    "Familles rennaises",
                    c.siteWeb(),
                    1);
        });
        with("vitre", c -> {
            add(
                    c,
                    year,
                    1,
                    "Restauration scolaire",
                    "le repas",
                    "",
                    tranches(
                            Bornes.DEUX_INCLUSES,
                            415,
                            majoration("20"),
                            Grille.Fratrie.AUCUNE,
                            0,
                            500,
                            100,
                            501,
                            800,
                            245,
                            801,
                            1100,
                            330,
                            1101,
                            -1,
                            415));
            add(
                    c,
                    year,
                    2,
                    "Garderie",
                    "la demi-heure",
                    "Matin et soir, facturée à la demi-heure.",
                    tranches(
                            Bornes.DEUX_INCLUSES,
                            95,
                            Grille.NonResident.IDENTIQUE,
                            fratrie(2, "10"),
                            0,
                            700,
                            55,
                            701,
                            1100,
                            75,
                            1101,
                            -1,
                            95));
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Espace famille",
                    "Réservations et paiement de la cantine et de la garderie (lien d'exemple vers le site de la ville).",
                    "Familles des écoles publiques de Vitré",
                    c.siteWeb(),
                    1);
        });
        with("saint-malo", c -> {
            add(
                    c,
                    year,
                    1,
                    "Restauration scolaire",
                    "le repas",
                    "",
                    tranches(
                            Bornes.MIN_INCLUS,
                            480,
                            majoration("35"),
                            fratrie(3, "25"),
                            0,
                            400,
                            100,
                            400,
                            650,
                            190,
                            650,
                            900,
                            290,
                            900,
                            1200,
                            370,
                            1200,
                            -1,
                            480));
            add(
                    c,
                    year,
                    2,
                    "Centre de loisirs",
                    "la journée",
                    "Vacances scolaires et mercredis, repas compris.",
                    taux("1.1", 400, 1700, 1700, prixFixe(2200), Grille.Fratrie.AUCUNE));
            link(
                    c,
                    LienService.Type.TELESERVICE,
                    null,
                    "Portail famille",
                    "Inscriptions, réservations et paiement (lien d'exemple vers le site de la ville).",
                    "Familles malouines",
                    c.siteWeb(),
                    1);
        });
        for (var c : collectivites.all()) {
            link(
                    c,
                    LienService.Type.ENT,
                    null,
                    "Toutatice, l'ENT de l'académie de Rennes",
                    "Cahier de textes, messagerie et ressources des écoles et collèges publics de Bretagne.",
                    "Élèves, parents et enseignants des établissements publics",
                    "https://www.toutatice.fr/",
                    10);
        }
    }

    private void with(String slug, java.util.function.Consumer<Collectivite> action) {
        collectivites.findBySlug(slug).ifPresent(action);
    }

    private void add(
            Collectivite c, String year, int order, String nom, String unite, String description, Grille grille) {
        var errors = grille.erreurs();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Grille de démonstration invalide " + nom + " : " + errors);
        }
        prestations.create(c.id(), new Prestations.Saisie(nom, unite, description, year, order, grille, true), null);
    }

    private void link(
            Collectivite c,
            LienService.Type type,
            String uai,
            String titre,
            String description,
            String publicVise,
            String url,
            int order) {
        if (url == null || LiensServices.urlProblem(url) != null) {
            return;
        }
        liens.create(c.id(), new LiensServices.Saisie(type, uai, titre, description, publicVise, url, order));
    }

    /** Tranches as (from, to, price) triples: euros for bounds (-1: no upper bound), cents for prices. */
    private static Grille tranches(
            Bornes bornes, long defaultCents, Grille.NonResident nonResident, Grille.Fratrie fratrie, long... triples) {
        List<Tranche> list = new java.util.ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            list.add(new Tranche(triples[i] * 100, triples[i + 1] < 0 ? null : triples[i + 1] * 100, triples[i + 2]));
        }
        return new Grille(Grille.Mode.TRANCHES, bornes, list, null, null, null, defaultCents, nonResident, fratrie);
    }

    private static Grille taux(
            String pct,
            long floor,
            long ceiling,
            long defaultCents,
            Grille.NonResident nonResident,
            Grille.Fratrie fratrie) {
        return new Grille(
                Grille.Mode.TAUX_EFFORT,
                Bornes.MIN_INCLUS,
                List.of(),
                new BigDecimal(pct),
                floor,
                ceiling,
                defaultCents,
                nonResident,
                fratrie);
    }

    private static Grille.NonResident majoration(String pct) {
        return new Grille.NonResident(Grille.RegleNonResident.MAJORATION, new BigDecimal(pct), null);
    }

    private static Grille.NonResident prixFixe(long cents) {
        return new Grille.NonResident(Grille.RegleNonResident.PRIX_FIXE, null, cents);
    }

    private static Grille.Fratrie fratrie(int rank, String pct) {
        return new Grille.Fratrie(rank, new BigDecimal(pct));
    }
}
