package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The establishment import as a commune's agent runs it: preview first, then an all-or-nothing apply,
 * on the real Annuaire file (every line outside the test's communes) with the lines of the test's own
 * communes (code INSEE 99…), edited the way a newer extract would differ.
 */
@PortailTest
class AnnuaireImportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Etablissements etablissements;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    /** The commune importing. */
    @OwnCommune
    World w;

    private static String realFile() throws Exception {
        return new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8);
    }

    /** The real file's first line, its columns. */
    private static String header() throws Exception {
        return realFile().lines().findFirst().orElseThrow() + "\r\n";
    }

    /**
     * A line of the real file's layout (69 columns) for an établissement of the world's commune, with what
     * {@code w.school} imports and nothing more (no address): the world's écoles read as unchanged.
     */
    private static String line(World commune, String uai, String nom, String type, String statut, String niveaux) {
        return String.join(
                        ";",
                        uai,
                        nom,
                        type,
                        statut,
                        "",
                        "",
                        "",
                        "",
                        commune.codeInsee(),
                        commune.nom(),
                        "099",
                        "14",
                        "53",
                        niveaux)
                + ";".repeat(54);
    }

    /** A public école of the commune (maternelle and élémentaire), as the real file writes it. */
    private static String ecole(World commune, School school) {
        return line(commune, school.uai(), school.nom(), "Ecole", "Public", "1;1");
    }

    private static String renamed(String line, String nom) {
        return line.replaceFirst(";[^;]*;", ";" + nom + ";");
    }

    @Test
    void previewsThenAppliesANewerExtract() throws Exception {
        var removed = w.school("Ecole primaire publique des Anciens");
        var renamed = w.school("Ecole primaire publique des Noms");
        String newUai = TestSchools.uai(w, 99, 'X');
        try (var other = fixtures.commune()) {
            var elsewhere = other.school("Ecole primaire publique d'à côté");
            String newer = realFile()
                    + renamed(ecole(w, renamed), "École renommée par le test") + "\r\n"
                    + line(w, newUai, "École nouvelle du test", "Ecole", "Public", "1;1") + "\r\n"
                    + renamed(ecole(other, elsewhere), "École d'à côté renommée par le test") + "\r\n";

            String preview = upload(w, newer.getBytes(StandardCharsets.UTF_8));
            mvc.perform(get(preview).with(w.admin().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(newUai + " — École nouvelle du test")))
                    .andExpect(content().string(containsString(renamed.uai() + " — École renommée par le test : nom")))
                    .andExpect(content().string(containsString(removed.uai() + " — ")))
                    .andExpect(
                            content()
                                    .string(
                                            matchesPattern(
                                                    "(?s).*(?:\\b[01] ligne hors de votre territoire ignorée|\\b(?:[2-9]|\\d{2,}) lignes hors de votre territoire ignorées) ;.*")))
                    .andExpect(content().string(containsString("Appliquer ces changements")));
            assertThat(etablissements.find(newUai)).isEmpty();

            mvc.perform(post(preview).with(csrf()).with(w.admin().mvc())).andExpect(status().is3xxRedirection());

            assertThat(etablissements.find(newUai))
                    .hasValueSatisfying(e -> assertThat(e.nom()).isEqualTo("École nouvelle du test"));
            assertThat(etablissements.find(renamed.uai()).orElseThrow().nom()).isEqualTo("École renommée par le test");
            assertThat(etablissements.find(removed.uai()).orElseThrow().ouvert())
                    .isFalse();
            mvc.perform(get("/" + w.slug() + "/ecoles"))
                    .andExpect(content().string(containsString("École nouvelle du test")))
                    .andExpect(content().string(not(containsString("/" + w.slug() + "/ecoles/" + removed.uai()))));
            mvc.perform(get("/" + w.slug() + "/ecoles/" + removed.uai())).andExpect(status().isNotFound());
            // Another commune's school, outside this territory, was left alone although it is in the file.
            assertThat(etablissements.find(elsewhere.uai()))
                    .hasValueSatisfying(e -> assertThat(e.nom()).isEqualTo(elsewhere.nom()));
        }
    }

    @Test
    void aCommunesImportNeverClosesTheCollegesOrLyceesOfItsTerritory() throws Exception {
        var ecole = w.school("Ecole primaire publique des Tilleuls");
        String prive = TestSchools.uai(w, 71, 'P');
        String college = TestSchools.uai(w, 72, 'C');
        String lycee = TestSchools.uai(w, 73, 'L');
        TestSchools.load(
                context,
                w,
                TestSchools.ecolePrivee(prive, "Ecole maternelle privée des Tilleuls", w.codeInsee(), w.nom()),
                TestSchools.college(college, "Collège Gérard de Nerval", w.codeInsee(), w.nom()),
                TestSchools.etablissement(
                        lycee, "Lycée Bertrand d'Argentré", "Lycée", "Public", "0;0", w.codeInsee(), w.nom()));
        String file = header() + ecole(w, ecole) + "\r\n";

        mvc.perform(get(upload(w, file.getBytes(StandardCharsets.UTF_8)))
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prive + " — Ecole maternelle privée des Tilleuls")))
                .andExpect(content().string(not(containsString(college + " — Collège Gérard de Nerval"))))
                .andExpect(content().string(not(containsString(lycee + " — Lycée Bertrand d&#39;Argentré"))))
                .andExpect(content().string(not(containsString(lycee + " — Lycée Bertrand d'Argentré"))));
    }

    @Test
    void aDepartementsImportNeverRenamesOrClosesEcoles() throws Exception {
        try (var departement = fixtures.departement()) {
            var commune = departement.member();
            var gone = commune.school("Ecole primaire publique des Absents");
            var kept = commune.school("Ecole primaire publique des Présents");
            String newer = realFile() + renamed(ecole(commune, kept), "École renommée par le Département") + "\r\n";

            mvc.perform(get(upload(departement, newer.getBytes(StandardCharsets.UTF_8)))
                            .with(departement.admin().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("École renommée par le Département"))))
                    .andExpect(content().string(not(containsString(gone.uai() + " — "))))
                    .andExpect(content()
                            .string(matchesPattern(
                                    "(?s).*(?:\\b[01] ligne d'établissements que vous ne gérez pas ignorée|"
                                            + "\\b(?:[2-9]|\\d{2,}) lignes d'établissements que vous ne gérez pas ignorées)"
                                            + " \\(vos imports ne portent que sur vos collèges\\).*")));
        }
    }

    @Test
    void anIntercommunalitysImportTouchesOnlyTheCommunesOfItsFileInItsTerritory() throws Exception {
        var outside = w.school("Ecole primaire publique hors agglomération");
        try (var agglomeration = fixtures.agglomeration()) {
            var inFile = agglomeration.member();
            var absent = agglomeration.member();
            var listed = inFile.school("Ecole primaire publique du Fichier");
            absent.school("Ecole primaire publique de l'Absente");
            String file = header()
                    + ecole(inFile, listed) + "\r\n"
                    + renamed(ecole(w, outside), "École de la voisine renommée par l'agglomération") + "\r\n";

            String preview = upload(agglomeration, file.getBytes(StandardCharsets.UTF_8));
            mvc.perform(get(preview).with(agglomeration.admin().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<strong>0</strong> établissement fermé ou absent")))
                    .andExpect(content().string(containsString("1 ligne hors de votre territoire ignorée")))
                    .andExpect(content().string(not(containsString("renommée par l"))));
            mvc.perform(post(preview).with(csrf()).with(agglomeration.admin().mvc()))
                    .andExpect(status().is3xxRedirection());
            assertThat(etablissements.find(outside.uai()).orElseThrow().nom()).doesNotContain("renommée");
            assertThat(etablissements.inTerritory(new fr.monenfantalecole.portail.tenant.Territory(
                            java.util.List.of(absent.codeInsee()), null)))
                    .as("the écoles of a member commune absent from the file stay open")
                    .isNotEmpty()
                    .allMatch(Etablissement::ouvert);
        }
    }

    @Test
    void aWebSiteOrEmailThatIsNotOneIsRefusedAtImportAndNeverShownAsALink() throws Exception {
        var site = w.school("Ecole primaire publique du Site");
        var courriel = w.school("Ecole primaire publique du Courriel");
        String web = ecole(w, site);
        String mail = ecole(w, courriel);
        String file = realFile()
                + cell(web, 20, "javascript:alert(document.domain)") + "\r\n"
                + cell(mail, 21, "x@y.fr\" onmouseover=\"alert(1)") + "\r\n";

        String preview = upload(w, file.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 lignes en erreur")))
                .andExpect(content().string(containsString("Site web « javascript:alert(document.domain) » invalide")))
                .andExpect(content().string(containsString("Courriel « x@y.fr\" onmouseover")))
                .andExpect(content().string(not(containsString("Appliquer ces changements"))));

        // A value stored before this check (or by hand) is shown as text, not as a link.
        var stored = etablissements.find(site.uai()).orElseThrow();
        etablissements.save(
                withAddresses(stored, "x@y.fr\" onmouseover=\"alert(1)", "javascript:alert(document.domain)"));
        mvc.perform(get("/" + w.slug() + "/ecoles/" + site.uai()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"javascript:"))))
                .andExpect(content().string(not(containsString("href=\"mailto:x@y.fr"))))
                .andExpect(content().string(containsString("javascript:alert(document.domain)")));
    }

    private static String cell(String line, int index, String value) {
        var cells = line.split(";", -1);
        cells[index] = value;
        return String.join(";", cells);
    }

    private static Etablissement withAddresses(Etablissement e, String mail, String web) {
        return new Etablissement(
                e.uai(),
                e.nom(),
                e.type(),
                e.natureCode(),
                e.natureLibelle(),
                e.statut(),
                e.ecoleMaternelle(),
                e.ecoleElementaire(),
                e.adresse1(),
                e.adresse2(),
                e.adresse3(),
                e.codePostal(),
                e.codeCommune(),
                e.nomCommune(),
                e.telephone(),
                mail,
                web,
                e.restauration(),
                e.hebergement(),
                e.ulis(),
                e.nombreEleves(),
                e.latitude(),
                e.longitude(),
                e.circonscription(),
                e.dateOuverture(),
                e.dateMajLigne(),
                e.ouvert());
    }

    @Test
    void aFileWithAWrongLineImportsNothingAndSaysWhichLine() throws Exception {
        var target = w.school("Ecole primaire publique de la Ligne");
        var next = w.school("Ecole primaire publique de la Suivante");
        String real = realFile();
        int targetLine = (int) real.lines().count();
        String file = real
                + renamed(ecole(w, target), "Nom changé") + "\r\n"
                + "XYZ" + ecole(w, next).substring(8) + "\r\n";

        String preview = upload(w, file.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*(?:\\b1 ligne|\\b(?:[2-9]|\\d{2,}) lignes) en erreur : rien ne sera importé.*")))
                .andExpect(content().string(containsString("<td>" + (targetLine + 2) + "</td>")))
                .andExpect(content().string(containsString("UAI « XYZ")))
                .andExpect(content().string(not(containsString("Appliquer ces changements"))));

        mvc.perform(post(preview).with(csrf()).with(w.admin().mvc())).andExpect(status().is3xxRedirection());
        assertThat(etablissements.find(target.uai()).orElseThrow().nom()).isEqualTo(target.nom());
    }

    @Test
    void anIso88591ExtractIsReadLikeTheUtf8One() throws Exception {
        // The commune's école with accents, as the UTF-8 extract gave it.
        String uai = TestSchools.uai(w, 75, 'A');
        String original = realFile() + line(w, uai, "École des Prés Fleuris", "Ecole", "Public", "1;1") + "\r\n";
        mvc.perform(post(upload(w, original.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        w.afterwards(() -> TestSchools.remove(
                context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class),
                context.getBean(fr.monenfantalecole.portail.shared.ClusterEvents.class),
                w.collectivite(),
                uai));
        assertThat(etablissements.find(uai).orElseThrow().nom()).isEqualTo("École des Prés Fleuris");

        String preview = upload(w, original.substring(1).getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer (aucun changement)")));
    }

    @Test
    void somethingThatIsNotTheAnnuaireIsRefusedWhole() throws Exception {
        String preview = upload(w, "nom,prenom\r\nDupont,Jean\r\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(content().string(containsString("n'est pas l'Annuaire de l'éducation")))
                .andExpect(content().string(containsString("Rien n'a été importé")));
    }

    @Test
    void anEmptyUploadIsExplainedOnThePage() throws Exception {
        mvc.perform(multipart("/admin/" + w.slug() + "/etablissements/import")
                        .file(new MockMultipartFile("fichier", "", "text/csv", new byte[0]))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le fichier CSV")));
    }

    private String upload(World importer, byte[] content) throws Exception {
        var result = mvc.perform(multipart("/admin/" + importer.slug() + "/etablissements/import")
                        .file(new MockMultipartFile("fichier", "annuaire.csv", "text/csv", content))
                        .with(csrf())
                        .with(importer.admin().mvc()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }
}
