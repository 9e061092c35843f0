package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parent's enrolment request (issue 15): the sector école of the address with its rule, a request
 * for it and a dérogation for another school, each with its proofs; a child too young for the class,
 * a school outside the commune, a missing proof or a program renamed as a PDF: a French message next
 * to the field, what was typed kept, nothing saved. On a commune of its own where the inscription is open
 * ({@link EnrolmentFixture#open}); the school outside the commune is another commune's.
 */
@PortailTest
class EnrolmentJourneyIntegrationTest {

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Choices choices;

    @OwnCommune
    World w;

    /** Another commune, whose école is outside the first one. */
    @OwnCommune
    World elsewhere;

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void aParentFilesForTheSectorSchoolAndAsksADerogationForAnotherChild() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.secteur@famille.test", "Secteur");
        String year = fixture.year();
        int rentree = fixture.rentree();
        long lou = open.child(parent, "Lou", "Secteur", "12/02", 3, "");
        long tom = open.child(parent, "Tom", "Secteur", "30/11", 6, "");

        var step2 = parent.get(
                open.path("/mon-espace/inscriptions/nouvelle?enfant=" + lou + "&annee=" + year + "&niveau=PS"));
        assertThat(step2.body())
                .contains("l'école de secteur est")
                .contains("Règle de la carte scolaire")
                .contains("value=\"secteur\"");
        long filed = EnrolmentFixture.filedId(open.file(
                parent,
                Map.of("enfant", String.valueOf(lou), "annee", year, "niveau", "PS", "choix", "secteur"),
                TestFiles.allProofs()));
        var shown = parent.get(open.path("/mon-espace/inscriptions/" + filed + "?deposee"));
        assertThat(shown.body())
                .contains("INS-" + rentree + "-")
                .contains("Déposée")
                .contains("Votre demande est déposée");
        assertThat(jdbc.sql("select uai from inscription_demande where id = :id")
                        .param("id", filed)
                        .query(String.class)
                        .single())
                .isEqualTo(open.sector().uai());
        assertThat(jdbc.sql("select count(*) from inscription_piece where demande_id = :id")
                        .param("id", filed)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        String other = choices.schools(w.collectivite(), Level.CP).stream()
                .map(e -> e.uai())
                .filter(uai -> !uai.equals(open.sector().uai()))
                .findFirst()
                .orElseThrow();
        long derogation = EnrolmentFixture.filedId(open.file(
                parent,
                Map.of(
                        "enfant", String.valueOf(tom),
                        "annee", year,
                        "niveau", "CP",
                        "choix", "derogation",
                        "ecole", other,
                        "motif", "FRATRIE",
                        "precision", "Sa sœur est en CE2 dans cette école."),
                TestFiles.allProofs()));
        assertThat(jdbc.sql("select uai || ' ' || derogation || ' ' || motif || ' ' || uai_secteur"
                                + " from inscription_demande where id = :id")
                        .param("id", derogation)
                        .query(String.class)
                        .single())
                .isEqualTo(other + " true FRATRIE " + open.sector().uai());
        assertThat(parent.get(open.path("/mon-espace/inscriptions")).body())
                .contains("Lou Secteur")
                .contains("Tom Secteur");
    }

    @Test
    void badInputIsRefusedNextToTheFieldKeepingWhatWasTypedAndSavingNothing() throws Exception {
        var open = fixture.open(w);
        String outsideSchool = elsewhere.school("École d'ailleurs").uai();
        var parent = open.parent("camille.erreurs@famille.test", "Erreurs");
        String year = fixture.year();
        long young = open.child(parent, "Nina", "Erreurs", "01/01", 5, "");
        long child = open.child(parent, "Yann", "Erreurs", "01/06", 6, "");
        long before = count();

        var tooYoung = parent.get(
                open.path("/mon-espace/inscriptions/nouvelle?enfant=" + young + "&annee=" + year + "&niveau=CP"));
        assertThat(tooYoung.body())
                .contains("id=\"niveau-erreur\"")
                .contains("Trop jeune pour la classe de CP")
                .doesNotContain("l'école de secteur est");
        var tooOld = parent.get(
                open.path("/mon-espace/inscriptions/nouvelle?enfant=" + child + "&annee=" + year + "&niveau=PS"));
        assertThat(tooOld.body()).contains("Trop âgé pour la classe de Petite section");

        Map<String, String> fields = new HashMap<>(Map.of(
                "enfant", String.valueOf(child),
                "annee", year,
                "niveau", "CP",
                "choix", "derogation",
                "ecole", outsideSchool,
                "motif", "AUTRE",
                "precision", "Garde alternée près de la gare"));
        var outside = open.file(parent, fields, TestFiles.allProofs());
        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(outside.body())
                .contains("id=\"ecole-erreur\"")
                .contains("n'est pas une école publique de " + w.nom())
                .contains("Garde alternée près de la gare")
                .contains("joignez-les de nouveau");

        var files = new HashMap<>(TestFiles.allProofs());
        files.remove("piece_VACCINATIONS");
        files.put("piece_DOMICILE", new WebClient.Upload("facture.pdf", TestFiles.renamedExe()));
        fields.put("choix", "secteur");
        var missing = open.file(parent, fields, files);
        assertThat(missing.body())
                .contains("id=\"piece_VACCINATIONS-erreur\"")
                .contains("Joignez ce justificatif")
                .contains("id=\"piece_DOMICILE-erreur\"")
                .contains("ni un PDF ni une photo");
        assertThat(count()).as("nothing half-saved").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from inscription_fichier f where not exists"
                                + " (select 1 from inscription_piece p where p.cle = f.cle)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anImageIsKeptReEncodedAndAPdfAsParsed() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.images@famille.test", "Images");
        String year = fixture.year();
        long child = open.child(parent, "Iris", "Images", "01/06", 4, "");
        byte[] png = TestFiles.image("png");
        byte[] withTrailer = new byte[png.length + 64];
        System.arraycopy(png, 0, withTrailer, 0, png.length);
        System.arraycopy("<script>alert(1)</script>".getBytes(), 0, withTrailer, png.length, 25);
        var files = new HashMap<>(TestFiles.allProofs());
        files.put("piece_VACCINATIONS", new WebClient.Upload("vaccins.pdf", withTrailer));
        long id = EnrolmentFixture.filedId(open.file(
                parent,
                Map.of("enfant", String.valueOf(child), "annee", year, "niveau", "MS", "choix", "secteur"),
                files));
        long pieceId = jdbc.sql("select id from inscription_piece where demande_id = :d and piece = 'VACCINATIONS'")
                .param("d", id)
                .query(Long.class)
                .single();
        var download = parent.getBytes(open.path("/mon-espace/inscriptions/" + id + "/pieces/" + pieceId));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .startsWith("attachment");
        assertThat(new String(download.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("<script>");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(download.body())))
                .isNotNull();
    }

    private long count() {
        return jdbc.sql("select count(*) from inscription_demande")
                .query(Long.class)
                .single();
    }
}
