package fr.monenfantalecole.portail.school;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** What a parent sees of the schools, collectivité by collectivité. */
@PortailTest
class SchoolPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    /** A commune presenting its écoles (public and private) and its collèges. */
    @OwnCommune
    World w;

    /** The commune's establishments, as the Annuaire lists them: five it presents, two it never does. */
    private String commune() throws Exception {
        var madeleine = w.school("Ecole maternelle publique la Madeleine");
        w.school("Ecole primaire publique Rosalind Franklin");
        TestSchools.load(
                context,
                w,
                TestSchools.etablissement(
                        TestSchools.uai(w, 70, 'E'),
                        "Ecole élémentaire publique la Chattière",
                        Etablissement.TYPE_ECOLE,
                        "Public",
                        "0;1",
                        w.codeInsee(),
                        w.nom()),
                TestSchools.ecolePrivee(
                        TestSchools.uai(w, 71, 'P'), "Ecole primaire privée Diwan", w.codeInsee(), w.nom()),
                TestSchools.college(TestSchools.uai(w, 72, 'C'), "Collège Thérèse Pierre", w.codeInsee(), w.nom()),
                TestSchools.etablissement(
                        TestSchools.uai(w, 73, 'L'),
                        "Lycée Jean Guéhenno",
                        "Lycée",
                        "Public",
                        "0;0",
                        w.codeInsee(),
                        w.nom()),
                TestSchools.etablissement(
                        TestSchools.uai(w, 74, 'M'),
                        "IME DE PARON",
                        "Médico-social",
                        "Privé",
                        "0;0",
                        w.codeInsee(),
                        w.nom()));
        TestSchools.presentColleges(w, mvc);
        return madeleine.uai();
    }

    /** Another commune, with an école and a collège in its territory, presenting its écoles only. */
    private String other(World other) {
        var school = other.school("Ecole primaire publique des Voisins");
        TestSchools.load(
                context,
                other,
                TestSchools.college(
                        TestSchools.uai(other, 72, 'C'), "Collège des Voisins", other.codeInsee(), other.nom()));
        return school.uai();
    }

    @Test
    void aCommuneListsItsPublicAndPrivateEcolesAndCollegesWhenItWantsThem() throws Exception {
        commune();
        mvc.perform(get("/" + w.slug() + "/ecoles"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ecole maternelle publique la Madeleine")))
                .andExpect(content().string(containsString("Ecole primaire privée Diwan")))
                .andExpect(content().string(containsString("Collège Thérèse Pierre")))
                .andExpect(content().string(not(containsString("Lycée Jean Guéhenno"))))
                .andExpect(content().string(not(containsString("IME DE PARON"))));
        try (var other = fixtures.commune()) {
            other(other);
            mvc.perform(get("/" + other.slug() + "/ecoles"))
                    .andExpect(content().string(not(containsString("Collège"))));
        }
    }

    @Test
    void filtersByLevelAndSector() throws Exception {
        commune();
        mvc.perform(get("/" + w.slug() + "/ecoles")
                        .param("niveau", "maternelle")
                        .param("secteur", "public"))
                .andExpect(content().string(containsString("Ecole maternelle publique la Madeleine")))
                .andExpect(content().string(containsString("Ecole primaire publique Rosalind Franklin")))
                .andExpect(content().string(not(containsString("Ecole élémentaire publique la Chattière"))))
                .andExpect(content().string(not(containsString("Ecole primaire privée Diwan"))))
                .andExpect(content().string(containsString("établissements sur 5")));
        mvc.perform(get("/" + w.slug() + "/ecoles").param("nom", "chattiere"))
                .andExpect(content().string(containsString("Ecole élémentaire publique la Chattière")))
                .andExpect(content().string(containsString("1 établissement sur 5")));
    }

    @Test
    void anIntercommunaliteShowsTheSchoolsOfAllItsMemberCommunes() throws Exception {
        try (var agglomeration = fixtures.agglomeration()) {
            var first = agglomeration.member();
            var second = agglomeration.member();
            first.school("Ecole primaire publique Rosalind Franklin");
            second.school("Ecole primaire publique des Lices");
            w.school("Ecole primaire publique hors agglomération");
            mvc.perform(get("/" + agglomeration.slug() + "/ecoles"))
                    .andExpect(content().string(containsString("Ecole primaire publique Rosalind Franklin")))
                    .andExpect(content().string(containsString(first.nom())))
                    .andExpect(content().string(containsString(second.nom())))
                    .andExpect(content().string(containsString("<label for=\"commune\">Commune</label>")))
                    .andExpect(content().string(not(containsString("hors agglomération"))));
        }
    }

    @Test
    void theDepartementShowsItsColleges() throws Exception {
        commune();
        try (var departement = fixtures.departement()) {
            TestSchools.present(departement, mvc, false, true);
            mvc.perform(get("/" + departement.slug() + "/ecoles"))
                    .andExpect(content().string(containsString("Collèges — Département")))
                    .andExpect(content().string(containsString("Collège Thérèse Pierre")))
                    .andExpect(content().string(not(containsString("Ecole maternelle publique la Madeleine"))));
        }
    }

    @Test
    void anEstablishmentPageShowsItsOfficialIdentityAndAMapThatFallsBackToTheAddress() throws Exception {
        String uai =
                TestSchools.ecoleWithIdentity(context, w, "Ecole primaire publique Rosalind Franklin", "0299002458");
        mvc.perform(get("/" + w.slug() + "/ecoles/" + uai))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>École primaire publique Rosalind Franklin</h1>")))
                .andExpect(content().string(containsString(uai)))
                .andExpect(content().string(containsString("Maternelle (petite, moyenne et grande sections)")))
                .andExpect(content().string(containsString("Élémentaire (du CP au CM2)")))
                .andExpect(content().string(containsString("Restauration scolaire")))
                .andExpect(content().string(containsString("data-lat=\"")))
                .andExpect(content().string(containsString("data-tuiles=\"http://127.0.0.1:9/{z}/{x}/{y}.png\"")))
                .andExpect(content()
                        .string(containsString(
                                TestSchools.POSTAL_CODE + " " + w.nom().toUpperCase(java.util.Locale.FRENCH))));
    }

    @Test
    void anEstablishmentOfAnotherCollectiviteIsNotFound() throws Exception {
        String madeleine = commune();
        try (var other = fixtures.commune();
                var agglomeration = fixtures.agglomeration()) {
            String voisins = other(other);
            mvc.perform(get("/" + w.slug() + "/ecoles/" + voisins)).andExpect(status().isNotFound());
            mvc.perform(get("/" + other.slug() + "/ecoles/" + madeleine)).andExpect(status().isNotFound());
            var member = agglomeration.member();
            String lices = member.school("Ecole primaire publique des Lices").uai();
            mvc.perform(get("/" + agglomeration.slug() + "/ecoles/" + lices)).andExpect(status().isOk());
            // Collèges are not presented by a commune that presents its écoles only.
            mvc.perform(get("/" + other.slug() + "/ecoles/" + TestSchools.uai(other, 72, 'C')))
                    .andExpect(status().isNotFound());
        }
    }
}
