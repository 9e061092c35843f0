package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A mairie agent imports école sectors: preview, line errors, apply, coverage; never another's. */
@PortailTest
class CarteScolaireAdminIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    /** The commune importing its école sectors (its own schools: {@code w.school}). */
    @OwnCommune
    World w;

    @Autowired
    SectorRules rules;

    @Autowired
    CarteScolaire carte;

    static final String HEADER = "code_insee;libelle_commune;code_postal;lieu_dit;Type_et_Libelle;No_de_voie_debut;"
            + "Indice_de_repetition_debut;No_de_voie_fin;Indice_de_repetition_fin;Parite;Code_RNE;Secteur_unique;niveau\r\n";

    /** The commune's line of a carte scolaire file: its code, name and postal code, then {@code rest}. */
    private String line(String rest) {
        return w.codeInsee() + ";" + w.nom() + ";99300;;" + rest + "\r\n";
    }

    private SectorRule rule(String niveau, String voie, int debut, int fin, String parite, String uai) {
        return new SectorRule(
                0, niveau, w.codeInsee(), w.nom(), "99300", null, voie, debut, null, fin, null, parite, uai, false);
    }

    @Test
    void theFileShowsItsRealGapsInTheCoverageReport() throws Exception {
        String uai = w.school("École du Boulevard").uai();
        rules.replace(
                w.id(),
                List.of("elementaire"),
                List.of(
                        rule("elementaire", "BOULEVARD DES ESSAIS", 1, 15, "I", uai),
                        rule("elementaire", "BOULEVARD DES ESSAIS", 19, 99, "I", uai),
                        rule("elementaire", "BOULEVARD DES ESSAIS", 2, 98, "P", uai)));
        mvc.perform(get("/admin/" + w.slug() + "/carte-scolaire").with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Boulevard des Essais")))
                .andExpect(content().string(containsString("numéro 17 non couvert")));
    }

    @Test
    void aFileWithWrongLinesImportsNothingAndSaysWhichLines() throws Exception {
        String uai = w.school("École de la Gare").uai();
        String file = "\uFEFF" + HEADER
                + line("RUE DE LA GARE;1;;9999;;PI;" + uai + ";N;maternelle")
                + line("RUE DU PARC;1;;9999;;XX;" + uai + ";N;maternelle");
        String preview = upload(w, file);
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(content().string(containsString("1 ligne en erreur")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("Parité « XX »")));
        try (var other = fixtures.commune()) {
            String outside = upload(
                    w,
                    "\uFEFF" + HEADER + other.codeInsee() + ";" + other.nom() + ";99300;;RUE X;1;;9999;;PI;" + uai
                            + ";N;maternelle\r\n");
            mvc.perform(get(outside).with(w.admin().mvc()))
                    .andExpect(content().string(containsString("n'est pas sur le territoire de " + w.nom())));
        }
    }

    @Test
    void aValidFileIsPreviewedThenAppliedAndAnsweredAtOnce() throws Exception {
        String uai = w.school("École de la Gare").uai();
        String file = "\uFEFF" + HEADER
                + line("RUE DE LA GARE;1;;9999;;PI;" + uai + ";N;maternelle")
                + line("RUE DE LA GARE;1;;9999;;PI;" + uai + ";N;elementaire");
        String preview = upload(w, file);
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(content().string(containsString("2 règles pour : maternelle, elementaire")));
        mvc.perform(post(preview).with(csrf()).with(w.admin().mvc())).andExpect(status().is3xxRedirection());
        assertThat(rules.count(w.id())).isEqualTo(2);
        carte.reload();
        mvc.perform(get("/api/v1/" + w.slug() + "/carte-scolaire")
                        .param("adresse", "3 rue de la gare")
                        .param("niveau", "maternelle"))
                .andExpect(jsonPath("$.resultats[0].uai").value(uai));
    }

    @Test
    void aStreetGivenToTwoSchoolsWithOverlappingRangesIsRefusedWithItsLines() throws Exception {
        String first = w.school("École du Nord").uai();
        String second = w.school("École du Sud").uai();
        int before = rules.count(w.id());
        String preview = upload(
                w,
                "\uFEFF" + HEADER
                        + line("RUE DE LA GARE;1;;99;;PI;" + first + ";N;maternelle")
                        + line("R. de la Gare;51;;9999;;PI;" + second + ";N;maternelle"));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 ligne en erreur")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(
                        content().string(containsString("vont vers " + second + " ici et vers " + first + " ligne 2")));
        mvc.perform(post(preview).with(csrf()).with(w.admin().mvc())).andExpect(status().is3xxRedirection());
        assertThat(rules.count(w.id())).isEqualTo(before);
    }

    @Test
    void ecolesGivenIdenticalRangesOfAStreetAreShownInThePreviewWithTheirLines() throws Exception {
        String first = w.school("École du Nord").uai();
        String second = w.school("École du Sud").uai();
        String third = w.school("École de l'Ouest").uai();
        String preview = upload(
                w,
                "\uFEFF" + HEADER
                        + line("RUE DE LA GARE;1;;99;;P;" + first + ";N;maternelle")
                        + line("RUE DU PARC;1;;9999;;PI;" + first + ";N;maternelle")
                        + line("R. de la Gare;1;;99;;P;" + second + ";N;maternelle")
                        + line("RUE DU PARC;1;;9999;;PI;" + third + ";N;elementaire"));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 point à vérifier")))
                .andExpect(content()
                        .string(containsString("Lignes 2, 4 : les numéros pairs de 1 à 99 de « RUE DE LA GARE » ("
                                + w.nom() + ", maternelle) vont vers 2 écoles (" + first + ", " + second
                                + ") avec exactement la même plage")))
                .andExpect(content().string(containsString("Appliquer ces règles")));
    }

    @Test
    void aRuleForASchoolTheAnnuaireDoesNotKnowIsRefusedWithItsLine() throws Exception {
        String uai = w.school("École de la Gare").uai();
        String preview = upload(
                w,
                "\uFEFF" + HEADER
                        + line("RUE DE LA GARE;1;;9999;;PI;" + uai + ";N;maternelle")
                        + line("RUE DU PARC;1;;9999;;PI;0000000A;N;maternelle"));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("0000000A n'est pas dans l'Annuaire de l'éducation")));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedInFrenchBeforeAnyPreview() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart("/admin/" + w.slug() + "/carte-scolaire/import")
                        .file(new MockMultipartFile("fichier", "secteurs.csv", "text/csv", big))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier dépasse 10 Mo")));
    }

    @Test
    void theExportedRulesCarryNoSpreadsheetFormula() throws Exception {
        String uai = w.school("École des Formules").uai();
        rules.replace(
                w.id(),
                List.of("maternelle"),
                List.of(new SectorRule(
                        0,
                        "maternelle",
                        w.codeInsee(),
                        w.nom(),
                        "99300",
                        "@SUM(A1)",
                        "=HYPERLINK(\"http://example.invalid\";\"clic\")",
                        1,
                        null,
                        9999,
                        null,
                        "PI",
                        uai,
                        false)));
        w.afterwards(() -> rules.replace(w.id(), List.of("maternelle"), List.of()));
        String csv = mvc.perform(get("/admin/" + w.slug() + "/carte-scolaire/regles.csv")
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(";'@SUM(A1);\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"clic\"\")\";")
                .doesNotContain(";=")
                .doesNotContain(";@");
        var reread = SectorCsv.parse(csv.getBytes(StandardCharsets.UTF_8), null);
        assertThat(reread.rules())
                .singleElement()
                .satisfies(r -> assertThat(r.voie()).isEqualTo("=HYPERLINK(\"http://example.invalid\";\"clic\")"));
    }

    @Test
    void theRulesCanBeDownloadedEditedAndImportedAgain() throws Exception {
        String first = w.school("École du Nord").uai();
        String second = w.school("École du Sud").uai();
        rules.replace(
                w.id(),
                List.of("maternelle", "elementaire"),
                List.of(
                        rule("maternelle", "RUE DE LA GARE", 1, 99, "PI", first),
                        rule("maternelle", "RUE DU PARC", 1, 99, "PI", second),
                        rule("elementaire", "RUE DE LA GARE", 1, 9999, "PI", first)));
        w.afterwards(() -> rules.replace(w.id(), List.of("maternelle", "elementaire"), List.of()));
        int before = rules.count(w.id());
        byte[] csv = mvc.perform(get("/admin/" + w.slug() + "/carte-scolaire/regles.csv")
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String preview = upload(w, new String(csv, StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(content()
                        .string(containsString(
                                fr.monenfantalecole.portail.shared.French.count(before, "règle", "règles")
                                        + " pour : maternelle, elementaire")));
        try (var other = fixtures.commune()) {
            mvc.perform(get("/admin/" + w.slug() + "/carte-scolaire/regles.csv")
                            .with(other.admin().mvc()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void anotherCollectivitesImportIsNotFound() throws Exception {
        try (var other = fixtures.commune()) {
            String preview = upload(other, "\uFEFF" + HEADER);
            String mine = preview.replace("/" + other.slug() + "/", "/" + w.slug() + "/");
            mvc.perform(get(preview).with(w.admin().mvc())).andExpect(status().isNotFound());
            mvc.perform(get(mine).with(w.admin().mvc())).andExpect(status().isNotFound());
            mvc.perform(post(mine).with(csrf()).with(w.admin().mvc())).andExpect(status().isNotFound());
            mvc.perform(get("/admin/" + other.slug() + "/carte-scolaire")
                            .with(w.admin().mvc()))
                    .andExpect(status().isNotFound());
        }
    }

    private String upload(World commune, String content) throws Exception {
        var result = mvc.perform(multipart("/admin/" + commune.slug() + "/carte-scolaire/import")
                        .file(new MockMultipartFile(
                                "fichier", "secteurs.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(commune.admin().mvc()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }
}
