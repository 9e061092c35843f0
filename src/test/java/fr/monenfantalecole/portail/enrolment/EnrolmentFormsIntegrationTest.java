package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parent's request on the house validation idiom ("applicationForm"): a tampered select posting a
 * non-number where a child's id is expected, a text too long, a choice or a reason missing: 200, the
 * French message next to its field, what was typed kept, nothing saved. On a commune of its own where the
 * inscription is open ({@link EnrolmentFixture#open}).
 */
@PortailTest
class EnrolmentFormsIntegrationTest {

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @OwnCommune
    World w;

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void aTamperedNumericSelectIsAMessageNextToTheChildNeverAnError() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.trafique@famille.test", "Trafique");
        long child = open.child(parent, "Lina", "Trafique", "01/06", 6, "");
        String year = fixture.year();

        var step1 = parent.get(open.path("/mon-espace/inscriptions/nouvelle?enfant=abc&annee=" + year + "&niveau=CP"));
        assertThat(step1.statusCode()).isEqualTo(200);
        assertThat(step1.body())
                .contains("<span class=\"error-message\" id=\"enfant-erreur\"><span class=\"visually-hidden\">"
                        + "Erreur : </span>Saisissez un nombre entier.</span>")
                .doesNotContain("l'école de secteur est");

        long before = count();
        // The token of the real step 2; the hidden child field is then tampered with.
        String csrf = parent.csrf(
                open.path("/mon-espace/inscriptions/nouvelle?enfant=" + child + "&annee=" + year + "&niveau=CP"));
        var step2 = parent.postFiles(
                open.path("/mon-espace/inscriptions"),
                Map.of(
                        "enfant", "1 OR 1=1",
                        "annee", year,
                        "niveau", "CP",
                        "choix", "derogation",
                        "motif", "AUTRE",
                        "precision", "Garde alternée"),
                TestFiles.allProofs(),
                csrf);
        assertThat(step2.statusCode()).isEqualTo(200);
        assertThat(step2.body())
                .contains("id=\"enfant-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Saisissez un nombre entier.")
                .contains("joignez-les de nouveau");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void eachRuleOfStepTwoIsAMessageNextToItsField() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.etape2@famille.test", "Etape");
        long child = open.child(parent, "Malo", "Etape", "01/06", 6, "");
        long before = count();
        Map<String, String> fields = new HashMap<>(Map.of(
                "enfant",
                String.valueOf(child),
                "annee",
                fixture.year(),
                "niveau",
                "CP",
                "choix",
                "derogation",
                "ecole",
                open.sector().uai(),
                "motif",
                "AUTRE",
                "precision",
                "Garde alternée " + "x".repeat(1000)));
        var tooLong = open.file(parent, fields, TestFiles.allProofs());
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body())
                .contains("id=\"precision-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Ce texte est trop long (1 000 caractères au plus).")
                .contains("Garde alternée xxx");

        fields.put("precision", "");
        var noPrecision = open.file(parent, fields, TestFiles.allProofs());
        assertThat(noPrecision.body())
                .contains("id=\"precision-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Expliquez en quelques mots la raison de votre demande.");

        fields.put("motif", "");
        fields.put("choix", "ni-l-un-ni-l-autre");
        var noChoice = open.file(parent, fields, TestFiles.allProofs());
        assertThat(noChoice.body())
                .contains("id=\"choix-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Dites si vous demandez l'école de secteur ou une dérogation.");

        fields.put("choix", "derogation");
        var noReason = open.file(parent, fields, TestFiles.allProofs());
        assertThat(noReason.body())
                .contains("id=\"motif-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Choisissez le motif de votre demande de dérogation.");
        assertThat(count()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aProofOfATypeTheListDoesNotHoldIsAMessageNextToTheSelect() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.piece@famille.test", "Piece");
        long child = open.child(parent, "Noa", "Piece", "01/06", 6, "");
        long id = open.filedAtSector(parent, child, "CP");
        String page = open.path("/mon-espace/inscriptions/" + id);
        var tampered = parent.postFiles(
                page + "/pieces",
                Map.of("piece", "PASSEPORT"),
                Map.of("fichier", TestFiles.allProofs().values().iterator().next()),
                parent.csrf(page));
        assertThat(tampered.statusCode()).isEqualTo(200);
        assertThat(tampered.body())
                .contains("id=\"piece-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Choisissez le justificatif que vous ajoutez.");
        var missingFile = parent.postFiles(page + "/pieces", Map.of("piece", "DOMICILE"), Map.of(), parent.csrf(page));
        assertThat(missingFile.statusCode()).isEqualTo(200);
        assertThat(missingFile.body()).contains("id=\"fichier-erreur\"").contains("Joignez ce justificatif");
    }

    private long count() {
        return jdbc.sql("select count(*) from inscription_demande")
                .query(Long.class)
                .single();
    }
}
