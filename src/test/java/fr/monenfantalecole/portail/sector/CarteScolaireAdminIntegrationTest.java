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

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
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
    Staff staff;

    @Autowired
    SectorRules rules;

    @Autowired
    Collectivites collectivites;

    @Autowired
    CarteScolaire carte;

    static final String HEADER = "code_insee;libelle_commune;code_postal;lieu_dit;Type_et_Libelle;No_de_voie_debut;"
            + "Indice_de_repetition_debut;No_de_voie_fin;Indice_de_repetition_fin;Parite;Code_RNE;Secteur_unique;niveau\r\n";

    @Test
    void theOfficialFileShowsItsRealGapsInTheCoverageReport() throws Exception {
        mvc.perform(get("/admin/fougeres/carte-scolaire").with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Boulevard de Groslay")))
                .andExpect(content().string(containsString("numéro 17 non couvert")));
    }

    @Test
    void aFileWithWrongLinesImportsNothingAndSaysWhichLines() throws Exception {
        String file = "\uFEFF" + HEADER
                + "35360;Vitré;35500;;RUE DE LA GARE;1;;9999;;PI;0350256N;N;maternelle\r\n"
                + "35360;Vitré;35500;;RUE DU PARC;1;;9999;;XX;0350256N;N;maternelle\r\n";
        String preview = upload("vitre", file);
        mvc.perform(get(preview).with(staff.admin("vitre")))
                .andExpect(content().string(containsString("1 ligne en erreur")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("Parité « XX »")));
        String outside = upload(
                "vitre", "\uFEFF" + HEADER + "35115;Fougères;35300;;RUE X;1;;9999;;PI;0350256N;N;maternelle\r\n");
        mvc.perform(get(outside).with(staff.admin("vitre")))
                .andExpect(content().string(containsString("n'est pas sur le territoire de Vitré")));
    }

    @Test
    void aValidFileIsPreviewedThenAppliedAndAnsweredAtOnce() throws Exception {
        long vitre = collectivites.findBySlug("vitre").orElseThrow().id();
        String file = "\uFEFF" + HEADER
                + "35360;Vitré;35500;;RUE DE LA GARE;1;;9999;;PI;0351909K;N;maternelle\r\n"
                + "35360;Vitré;35500;;RUE DE LA GARE;1;;9999;;PI;0351909K;N;elementaire\r\n";
        String preview = upload("vitre", file);
        mvc.perform(get(preview).with(staff.admin("vitre")))
                .andExpect(content().string(containsString("2 règles pour : maternelle, elementaire")));
        mvc.perform(post(preview).with(csrf()).with(staff.admin("vitre"))).andExpect(status().is3xxRedirection());
        assertThat(rules.count(vitre)).isEqualTo(2);
        carte.reload();
        mvc.perform(get("/api/v1/vitre/carte-scolaire")
                        .param("adresse", "3 rue de la gare")
                        .param("niveau", "maternelle"))
                .andExpect(jsonPath("$.resultats[0].uai").value("0351909K"));
    }

    @Test
    void aStreetGivenToTwoSchoolsWithOverlappingRangesIsRefusedWithItsLines() throws Exception {
        long vitre = collectivites.findBySlug("vitre").orElseThrow().id();
        int before = rules.count(vitre);
        String preview = upload(
                "vitre",
                "\uFEFF" + HEADER
                        + "35360;Vitré;35500;;RUE DE LA GARE;1;;99;;PI;0351568P;N;maternelle\r\n"
                        + "35360;Vitré;35500;;R. de la Gare;51;;9999;;PI;0351567N;N;maternelle\r\n");
        mvc.perform(get(preview).with(staff.admin("vitre")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 ligne en erreur")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("vont vers 0351567N ici et vers 0351568P ligne 2")));
        mvc.perform(post(preview).with(csrf()).with(staff.admin("vitre"))).andExpect(status().is3xxRedirection());
        assertThat(rules.count(vitre)).isEqualTo(before);
    }

    @Test
    void ecolesGivenIdenticalRangesOfAStreetAreShownInThePreviewWithTheirLines() throws Exception {
        String preview = upload(
                "vitre",
                "\uFEFF" + HEADER
                        + "35360;Vitré;35500;;RUE DE LA GARE;1;;99;;P;0351568P;N;maternelle\r\n"
                        + "35360;Vitré;35500;;RUE DU PARC;1;;9999;;PI;0351568P;N;maternelle\r\n"
                        + "35360;Vitré;35500;;R. de la Gare;1;;99;;P;0351567N;N;maternelle\r\n"
                        + "35360;Vitré;35500;;RUE DU PARC;1;;9999;;PI;0351909K;N;elementaire\r\n");
        mvc.perform(get(preview).with(staff.admin("vitre")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 point à vérifier")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Lignes 2, 4 : les numéros pairs de 1 à 99 de « RUE DE LA GARE » (Vitré, "
                                                        + "maternelle) vont vers 2 écoles (0351568P, 0351567N) avec exactement la même plage")))
                .andExpect(content().string(containsString("Appliquer ces règles")));
    }

    @Test
    void aRuleForASchoolTheAnnuaireDoesNotKnowIsRefusedWithItsLine() throws Exception {
        String preview = upload(
                "vitre",
                "\uFEFF" + HEADER
                        + "35360;Vitré;35500;;RUE DE LA GARE;1;;9999;;PI;0351568P;N;maternelle\r\n"
                        + "35360;Vitré;35500;;RUE DU PARC;1;;9999;;PI;0000000A;N;maternelle\r\n");
        mvc.perform(get(preview).with(staff.admin("vitre")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("0000000A n'est pas dans l'Annuaire de l'éducation")));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedInFrenchBeforeAnyPreview() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart("/admin/vitre/carte-scolaire/import")
                        .file(new MockMultipartFile("fichier", "secteurs.csv", "text/csv", big))
                        .with(csrf())
                        .with(staff.admin("vitre")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier dépasse 10 Mo")));
    }

    @Test
    void theExportedRulesCarryNoSpreadsheetFormula() throws Exception {
        long saintMalo = collectivites.findBySlug("saint-malo").orElseThrow().id();
        rules.replace(
                saintMalo,
                java.util.List.of("maternelle"),
                java.util.List.of(new SectorRule(
                        0,
                        "maternelle",
                        "35288",
                        "Saint-Malo",
                        "35400",
                        "@SUM(A1)",
                        "=HYPERLINK(\"http://example.invalid\";\"clic\")",
                        1,
                        null,
                        9999,
                        null,
                        "PI",
                        "0351031F",
                        false)));
        try {
            String csv = mvc.perform(
                            get("/admin/saint-malo/carte-scolaire/regles.csv").with(staff.admin("saint-malo")))
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
        } finally {
            rules.replace(saintMalo, java.util.List.of("maternelle"), java.util.List.of());
        }
    }

    @Test
    void theRulesCanBeDownloadedEditedAndImportedAgain() throws Exception {
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        int before = rules.count(fougeres);
        byte[] csv = mvc.perform(
                        get("/admin/fougeres/carte-scolaire/regles.csv").with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String preview = upload("fougeres", new String(csv, StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(staff.admin("fougeres")))
                .andExpect(content()
                        .string(containsString(
                                fr.monenfantalecole.portail.shared.French.count(before, "règle", "règles")
                                        + " pour : maternelle, elementaire")));
        mvc.perform(get("/admin/fougeres/carte-scolaire/regles.csv").with(staff.admin("vitre")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherCollectivitesImportIsNotFound() throws Exception {
        String preview = upload("rennes", "\uFEFF" + HEADER);
        mvc.perform(get(preview).with(staff.admin("vitre"))).andExpect(status().isNotFound());
        mvc.perform(get(preview.replace("/rennes/", "/vitre/")).with(staff.admin("vitre")))
                .andExpect(status().isNotFound());
        mvc.perform(post(preview.replace("/rennes/", "/vitre/")).with(csrf()).with(staff.admin("vitre")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/rennes/carte-scolaire").with(staff.admin("vitre")))
                .andExpect(status().isNotFound());
    }

    private String upload(String slug, String content) throws Exception {
        var result = mvc.perform(multipart("/admin/" + slug + "/carte-scolaire/import")
                        .file(new MockMultipartFile(
                                "fichier", "secteurs.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(staff.admin(slug)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }
}
