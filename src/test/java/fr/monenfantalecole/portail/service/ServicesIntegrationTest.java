package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortailTest
class ServicesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Clock clock;

    /** The commune whose agent writes grids and links; other communes of the test's own are where they never show. */
    @OwnCommune
    World w;

    @Autowired
    Prestations prestations;

    @Autowired
    LiensServices liens;

    /**
     * The cantine a commune publishes for this school year ({@link TestGrids#mairie()}), marked "exemple"
     * as the demo's grids are.
     */
    private void example() {
        prestations.create(
                w.id(),
                new Prestations.Saisie(
                        "Restauration scolaire",
                        "le repas",
                        "Repas du midi, de la maternelle au CM2.",
                        AnneeScolaire.of(LocalDate.now(clock)),
                        1,
                        TestGrids.mairie(),
                        true),
                null);
    }

    static MockHttpServletRequestBuilder grid(MockHttpServletRequestBuilder r, String nom, String... triples) {
        r.param("nom", nom)
                .param("unite", "le repas")
                .param("annee", "2030-2031")
                .param("ordre", "1")
                .param("mode", "TRANCHES")
                .param("bornes", "MIN_INCLUS")
                .param("prixDefaut", "5")
                .param("nonResident", "IDENTIQUE");
        for (int i = 0; i < triples.length; i += 3) {
            r.param("trancheDe", triples[i]).param("trancheA", triples[i + 1]).param("tranchePrix", triples[i + 2]);
        }
        return r;
    }

    @Test
    void anAgentSavesAGridAndParentsSeeTheirPriceWithTheNeighbouringTranches() throws Exception {
        mvc.perform(grid(
                                post("/admin/" + w.slug() + "/tarifs/nouveau"),
                                "Goûter",
                                "0",
                                "500",
                                "0,50",
                                "500",
                                "",
                                "0,90",
                                "",
                                "",
                                "")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/" + w.slug() + "/tarifs?annee=2030-2031"));
        var saved = prestations.of(w.id(), "2030-2031");
        assertThat(saved).singleElement().satisfies(p -> {
            assertThat(p.nom()).isEqualTo("Goûter");
            assertThat(p.grille().tranches()).hasSize(2);
            assertThat(p.grille().tranches().get(1).aCentimes()).isNull();
        });
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("qf", "499.99").param("annee", "2030-2031"))
                .andExpect(jsonPath("$.annee_scolaire").value("2030-2031"))
                .andExpect(jsonPath("$.tarifs[0].prix_centimes").value(50))
                .andExpect(jsonPath("$.tarifs[0].tranche").value(1))
                .andExpect(
                        jsonPath("$.tarifs[0].tranche_suivante.prix_centimes").value(90));
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("annee", "2030-2031"))
                .andExpect(jsonPath("$.tarifs[0].prix_centimes").value(500))
                .andExpect(jsonPath("$.tarifs[0].tranche_libelle").value("Sans quotient"));
        mvc.perform(get("/" + w.slug() + "/services/tarifs").param("annee", "2030-2031"))
                .andExpect(content().string(containsString("De 0 € à moins de 500 €")))
                .andExpect(content().string(containsString("500 € et plus")));
        // The agent edits it, then deletes it.
        long id = saved.getFirst().id();
        mvc.perform(get("/admin/" + w.slug() + "/tarifs/" + id).with(w.admin().mvc()))
                .andExpect(content().string(containsString("value=\"0,9\"")));
        mvc.perform(post("/admin/" + w.slug() + "/tarifs/" + id + "/supprimer")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(prestations.of(w.id(), "2030-2031")).isEmpty();
    }

    @Test
    void gridsWithGapsOrOverlapsAreRefusedWithTheExactBoundsAndNothingTypedIsLost() throws Exception {
        mvc.perform(grid(
                                post("/admin/" + w.slug() + "/tarifs/nouveau"),
                                "Étude surveillée",
                                "0",
                                "500",
                                "1",
                                "550",
                                "800",
                                "2",
                                "800",
                                "",
                                "3")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Trou entre la tranche 1 et la tranche 2 : les quotients de 500,00 € à moins de 550,00 €")))
                .andExpect(content().string(containsString("value=\"Étude surveillée\"")))
                .andExpect(content().string(containsString("value=\"550\"")));
        mvc.perform(grid(
                                post("/admin/" + w.slug() + "/tarifs/nouveau"),
                                "Étude surveillée",
                                "0",
                                "500",
                                "1",
                                "450",
                                "",
                                "2")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(content()
                        .string(containsString(
                                "Les tranches 1 et 2 se chevauchent : les quotients de 450,00 € à moins de 500,00 €")));
        mvc.perform(grid(
                                post("/admin/" + w.slug() + "/tarifs/nouveau"),
                                "Étude surveillée",
                                "0",
                                "500",
                                "1",
                                "500",
                                "900",
                                "2")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(content().string(containsString("la dernière tranche doit rester sans plafond")));
        mvc.perform(post("/admin/" + w.slug() + "/tarifs/nouveau")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("nom", "Études")
                        .param("unite", "l'heure")
                        .param("annee", "2030-2031")
                        .param("ordre", "1")
                        .param("mode", "TAUX_EFFORT")
                        .param("taux", "0,36")
                        .param("plancher", "4,50")
                        .param("plafond", "2,60")
                        .param("prixDefaut", "")
                        .param("nonResident", "MAJORATION")
                        .param("nonResidentPourcent", ""))
                .andExpect(
                        content().string(containsString("Le plafond (2,60 €) est plus bas que le plancher (4,50 €)")))
                .andExpect(content().string(containsString("Indiquez la majoration en pourcentage")))
                .andExpect(content()
                        .string(containsString(
                                "Indiquez le prix appliqué quand la famille ne donne pas son quotient")));
        assertThat(prestations.of(w.id(), "2030-2031")).isEmpty();
    }

    @Test
    void aTauxDEffortGridIsSavedFromTheBlankFormAndItsDemoFlagIsDroppedOnceEdited() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/tarifs/nouveau")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("nom", "Accueil du mercredi")
                        .param("unite", "la journée")
                        .param("annee", "2031-2032")
                        .param("ordre", "1")
                        .param("mode", "TAUX_EFFORT")
                        .param("bornes", "MIN_INCLUS")
                        .param("taux", "1,1")
                        .param("plancher", "4")
                        .param("plafond", "17")
                        .param("prixDefaut", "17")
                        .param("nonResident", "IDENTIQUE")
                        .param("trancheDe", "0")
                        .param("trancheA", "")
                        .param("tranchePrix", ""))
                .andExpect(status().is3xxRedirection());
        var saved = prestations.of(w.id(), "2031-2032").getFirst();
        assertThat(saved.grille().mode()).isEqualTo(Grille.Mode.TAUX_EFFORT);
        assertThat(saved.grille().tranches()).isEmpty();
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("qf", "1000").param("annee", "2031-2032"))
                .andExpect(jsonPath("$.tarifs[0].prix_centimes").value(1100));
        prestations.delete(w.id(), saved.id());

        example();
        var demo = prestations.of(w.id(), null).stream()
                .filter(Prestation::exemple)
                .findFirst()
                .orElseThrow();
        var form = fr.monenfantalecole.portail.service.TarifFormAccess.params(demo);
        mvc.perform(form.apply(post("/admin/" + w.slug() + "/tarifs/" + demo.id()))
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(prestations.find(w.id(), demo.id()).orElseThrow().exemple()).isFalse();
    }

    @Test
    void theCalculatorShowsEveryServicesPriceAndAcceptsAKnownQuotient() throws Exception {
        example();
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("source", "connu")
                        .param("qf", "800"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre quotient familial : 800,00 €")))
                .andExpect(content().string(containsString("Restauration scolaire")))
                // The canteen: 700 to less than 950 € → 3,05 €; below 2,10 €, above 3,80 €.
                .andExpect(content().string(containsString("<strong>3,05 €</strong> le repas")))
                .andExpect(content().string(containsString("De 450 € à moins de 700 € : 2,10 €")))
                .andExpect(content().string(containsString("De 950 € à moins de 1 250 € : 3,80 €")))
                .andExpect(content().string(containsString("À partir du 3e enfant inscrit : 2,44 €")));
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("source", "connu")
                        .param("qf", "800")
                        .param("horsCommune", "oui"))
                .andExpect(content().string(containsString("<strong>3,81 €</strong> le repas"))); // + 25 %
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("source", "connu")
                        .param("qf", "huit cents"))
                .andExpect(content().string(containsString("tel qu'il figure sur votre attestation CAF")))
                .andExpect(content().string(containsString("value=\"huit cents\"")));
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("qf", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.champs.qf").exists());
        mvc.perform(get("/api/v1/atlantis/tarifs")).andExpect(status().isNotFound());
    }

    @Test
    void aLinkWithoutTypeTitleOrOrderIsExplainedNextToEachFieldAndKept() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/liens/nouveau")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("type", "AUTRE")
                        .param("titre", " ")
                        .param("url", "https://famille.essai.example.fr/gardee")
                        .param("ordre", "premier"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("id=\"type-erreur\"><span class=\"visually-hidden\">"
                                + "Erreur : </span>Choisissez le type de lien : téléservice ou ENT.")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "id=\"titre-erreur\"><span class=\"visually-hidden\">"
                                                        + "Erreur : </span>Donnez un titre au lien, par exemple « Inscription à la cantine ».")))
                .andExpect(content()
                        .string(containsString("id=\"ordre-erreur\"><span class=\"visually-hidden\">"
                                + "Erreur : </span>L'ordre d'affichage est un nombre entier, par exemple 1.")))
                .andExpect(content().string(containsString("value=\"https://famille.essai.example.fr/gardee\"")))
                .andExpect(content().string(containsString("value=\"premier\"")));
        mvc.perform(post("/admin/" + w.slug() + "/liens/nouveau")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("type", "TELESERVICE")
                        .param(
                                "uai",
                                w.school("Ecole primaire publique des Essais").uai())
                        .param("titre", "T".repeat(121))
                        .param("url", "https://famille.essai.example.fr/")
                        .param("ordre", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le titre fait au plus 120 caractères.")))
                .andExpect(content().string(containsString("Seul un lien vers un ENT peut être propre à une école")));
    }

    @Test
    void linksMustBeHttpsAndASchoolEntMustBeOneOfTheCollectivitesSchools() throws Exception {
        try (var other = fixtures.commune()) {
            linksStayHome(other);
        }
    }

    private void linksStayHome(World other) throws Exception {
        var franklin = other.school("Ecole primaire publique Rosalind Franklin");
        liens.create(
                w.id(),
                new LiensServices.Saisie(
                        LienService.Type.ENT,
                        null,
                        "Toutatice, l'ENT de l'académie de Rennes",
                        "L'espace numérique des écoles et collèges.",
                        "Élèves et familles",
                        "https://www.toutatice.fr/",
                        9));
        mvc.perform(post("/admin/" + w.slug() + "/liens/nouveau")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("type", "TELESERVICE")
                        .param("titre", "Inscriptions")
                        .param("url", "http://www.essai.bzh/inscriptions")
                        .param("ordre", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("doit commencer par https://")))
                .andExpect(content().string(containsString("value=\"http://www.essai.bzh/inscriptions\"")));
        // The other commune's school, not one of this commune's.
        mvc.perform(post("/admin/" + w.slug() + "/liens/nouveau")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("type", "ENT")
                        .param("uai", franklin.uai())
                        .param("titre", "ENT")
                        .param("url", "https://ent.example.fr/")
                        .param("ordre", "1"))
                .andExpect(content().string(containsString("n'est pas dans la liste des écoles de la collectivité")));
        mvc.perform(post("/admin/" + w.slug() + "/liens/nouveau")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("type", "TELESERVICE")
                        .param("titre", "Réserver la garderie")
                        .param("url", "https://famille.essai.example.fr/garderie")
                        .param("description", "Réservez la veille avant midi.")
                        .param("publicVise", "Familles vitréennes")
                        .param("ordre", "5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + w.slug() + "/services"))
                .andExpect(content().string(containsString("href=\"https://famille.essai.example.fr/garderie\"")))
                .andExpect(content().string(containsString("Réservez la veille avant midi.")))
                .andExpect(content().string(containsString("Toutatice")));
        liens.create(
                other.id(),
                new LiensServices.Saisie(
                        LienService.Type.ENT,
                        franklin.uai(),
                        "ENT de l'école Rosalind Franklin",
                        "Cahier de liaison.",
                        "Familles de l'école",
                        "https://beneylu.com/school/",
                        2));
        mvc.perform(get("/" + other.slug() + "/services"))
                .andExpect(content().string(containsString("Rosalind Franklin")))
                .andExpect(content().string(not(containsString("famille.essai.example.fr"))));
        var created = liens.of(w.id()).stream()
                .filter(l -> l.titre().equals("Réserver la garderie"))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/admin/" + w.slug() + "/liens/" + created.id() + "/supprimer")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherCollectivitesGridsAndLinksAreNotFound() throws Exception {
        try (var other = fixtures.commune()) {
            othersNotFound(other);
        }
    }

    private void othersNotFound(World other) throws Exception {
        long others = other.id();
        long tarif = TestGrids.restauration(prestations, others);
        long lien = liens.create(
                others,
                new LiensServices.Saisie(
                        LienService.Type.TELESERVICE,
                        null,
                        "Portail famille",
                        "",
                        "Familles",
                        "https://famille.example.fr/",
                        1));
        mvc.perform(get("/admin/" + w.slug() + "/tarifs/" + tarif)
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(grid(post("/admin/" + w.slug() + "/tarifs/" + tarif), "Pirate", "0", "", "1")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + w.slug() + "/tarifs/" + tarif + "/supprimer")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + w.slug() + "/liens/" + lien).with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + w.slug() + "/liens/" + lien + "/supprimer")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // Another collectivité's back office itself.
        mvc.perform(get("/admin/" + other.slug() + "/tarifs").with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + other.slug() + "/liens").with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        assertThat(prestations.find(others, tarif)).isPresent();
        assertThat(liens.find(others, lien)).isPresent();
        // State changes need the CSRF token.
        mvc.perform(post("/admin/" + w.slug() + "/liens/nouveau")
                        .with(w.admin().mvc())
                        .param("titre", "x"))
                .andExpect(status().isForbidden());
    }
}
