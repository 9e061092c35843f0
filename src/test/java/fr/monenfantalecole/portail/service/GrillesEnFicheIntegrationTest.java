package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Sheets show the collectivité's price grids, never a price typed as text. */
@PortailTest
class GrillesEnFicheIntegrationTest {

    @Autowired
    QuestionsReponses sheets;

    @Autowired
    Prestations prestations;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    /** A commune with a canteen grid (and an evening one beside it), as the demo's Fougères has them. */
    @OwnCommune
    World w;

    @Autowired
    fr.monenfantalecole.portail.fiche.FicheRenderer renderer;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void grids() {
        String year = AnneeScolaire.of(LocalDate.now(clock));
        var canteen = TestGrids.mairie();
        prestations.create(
                w.id(),
                new Prestations.Saisie("Restauration scolaire", "le repas", "Repas du midi.", year, 1, canteen, false),
                null);
        var evening = new Grille(
                Grille.Mode.TAUX_EFFORT,
                Grille.Bornes.MIN_INCLUS,
                List.of(),
                new BigDecimal("0.18"),
                90L,
                280L,
                280,
                Grille.NonResident.IDENTIQUE,
                new Grille.Fratrie(3, new BigDecimal("20")));
        prestations.create(
                w.id(),
                new Prestations.Saisie("Accueil du soir", "la séance", "Goûter compris.", year, 2, evening, false),
                null);
    }

    Collectivite commune() {
        return w.collectivite();
    }

    String canteenSheet(Collectivite c) {
        return sheets.page(c, "/" + c.slug(), "cantine", "CAN-004").detailHtml();
    }

    @Test
    void theCanteenSheetShowsTheGridWithItsSchoolYear() {
        String html = canteenSheet(commune());
        String year = AnneeScolaire.of(LocalDate.now(clock));
        assertThat(html)
                .contains("<strong>Restauration scolaire</strong> (année scolaire " + year + "), prix le repas")
                .contains("Quotient familial de 700 € à moins de 950 € : 3,05 €")
                .contains("Quotient familial de 950 € à moins de 1 250 € : 3,80 €")
                .contains("Sans quotient familial : 4,90 €")
                .contains("prix majoré de 25\u00a0%")
                .contains("À partir du 3e enfant inscrit : − 20\u00a0%")
                // The other services are not the canteen's.
                .doesNotContain("Accueil du soir")
                .doesNotContain("tarifs:");
    }

    @Test
    void withoutAGridTheSheetKeepsItsNationalSentence() {
        try (var world = fixtures.commune()) {
            var none = world.collectivite();
            assertThat(prestations.of(none.id(), null)).isEmpty();
            assertThat(canteenSheet(none))
                    .contains("Tarifs de la cantine : demandez la grille des tarifs au service scolaire")
                    .doesNotContain("tarifs:");
        }
    }

    @Test
    void aGridSavedIsWhatTheSheetShowsAtOnce() {
        var c = commune();
        String year = AnneeScolaire.of(LocalDate.now(clock));
        var canteen = prestations.of(c.id(), year).stream()
                .filter(p -> p.nom().equals("Restauration scolaire"))
                .findFirst()
                .orElseThrow();
        assertThat(canteenSheet(c)).contains("3,05 €"); // cached now
        var tranches = new ArrayList<>(canteen.grille().tranches());
        var t = tranches.get(2);
        tranches.set(2, new Grille.Tranche(t.deCentimes(), t.aCentimes(), 315));
        var g = canteen.grille();
        var changed = new Grille(
                g.mode(),
                g.bornes(),
                tranches,
                g.tauxPourcent(),
                g.plancherCentimes(),
                g.plafondCentimes(),
                g.prixDefautCentimes(),
                g.nonResident(),
                g.fratrie());
        try {
            prestations.update(c.id(), canteen.id(), saisie(canteen, changed), null);
            assertThat(canteenSheet(c))
                    .contains("Quotient familial de 700 € à moins de 950 € : 3,15 €")
                    .doesNotContain("3,05 €");
        } finally {
            prestations.update(c.id(), canteen.id(), saisie(canteen, g), null);
        }
        assertThat(canteenSheet(c)).contains("3,05 €");
    }

    @Test
    void theLocalDataPageFlagsFreeTextThatMentionsEuros() throws Exception {
        w.localValue(
                "periscolaire.etude",
                "Étude surveillée pour les élèves du CE1 au CM2, les lundis, mardis et jeudis de 16 h 45 à 17 h 45."
                        + " Tarif : 0,90 € la séance.");
        mvc.perform(get("/admin/" + w.slug() + "/donnees-locales")
                        .with(w.admin().mvc()))
                .andExpect(content().string(containsString("Prix à vérifier")))
                // "Tarif : 0,90 € la séance" in the study's description, a price no grid holds.
                .andExpect(content().string(containsString("<a href=\"#f-periscolaire-etude\">")));
    }

    @Test
    void aPeriodThatIsOverIsNeverShownAsCurrent() throws Exception {
        var markdown = "Période des inscriptions : {{local:inscription.periode | en général au printemps}}.";
        assertThat(renderer.html(markdown, java.util.Map.of("inscription.periode", "Du 6 janvier au 28 mars 2020")))
                .contains("Période des inscriptions : en général au printemps.")
                .doesNotContain("2020");
        assertThat(renderer.html(markdown, java.util.Map.of("inscription.periode", "Du 4 janvier au 26 mars 2099")))
                .contains("2099");
        var c = commune();
        w.localValue("inscription.periode", "Du lundi 11 janvier au vendredi 26 mars 2099 pour la rentrée.");
        jdbc.sql("update local_value set value = 'Du 6 janvier au 28 mars 2020' where collectivite_id = :c"
                        + " and field_key = 'inscription.periode'")
                .param("c", c.id())
                .update();
        mvc.perform(get("/admin/" + w.slug() + "/donnees-locales")
                        .with(w.admin().mvc()))
                .andExpect(content().string(containsString("Dates passées : 1 donnée à mettre à jour")))
                .andExpect(content().string(containsString("<a href=\"#f-inscription-periode\">")));
    }

    static Prestations.Saisie saisie(Prestation p, Grille g) {
        return new Prestations.Saisie(
                p.nom(), p.unite(), p.description(), p.anneeScolaire(), p.ordre(), g, p.exemple());
    }
}
