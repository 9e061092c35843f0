package fr.monenfantalecole.portail.shared;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The three CSV importers as an admin uses them: a stray quote is a line error in the preview, not
 * a server error, and a file saved by a spreadsheet (Windows-1252) keeps its accents, the preview
 * saying which encoding it read.
 */
@PortailTest
class CsvImportsIntegrationTest {

    @Autowired
    Fixtures fixtures;

    /** A commune of its own on Vitré's territory (35360), which the real files' lines below are about. */
    World w;

    @BeforeEach
    void aCommuneOfItsOwn() {
        w = fixtures.commune("essai-35360", "Vitré (essai)", "35360");
    }

    @AfterEach
    void removeIt() {
        w.close();
    }

    static final String SECTORS_HEADER =
            "code_insee;libelle_commune;code_postal;lieu_dit;Type_et_Libelle;No_de_voie_debut;"
                    + "Indice_de_repetition_debut;No_de_voie_fin;Indice_de_repetition_fin;Parite;Code_RNE;Secteur_unique;niveau\r\n";

    @Autowired
    MockMvc mvc;

    @Test
    void aStrayQuoteInTheAnnuaireIsALineError() throws Exception {
        String file = annuaireHeaderAndVitre(2).replace(";Vitré;", ";\"Vitré;");
        mvc.perform(get(upload(
                                "/admin/" + w.slug() + "/etablissements/import",
                                file.getBytes(StandardCharsets.UTF_8),
                                w.admin().mvc()))
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>2</td>")))
                .andExpect(content().string(containsString("jamais refermé")));
    }

    @Test
    void aStrayQuoteInTheCarteScolaireIsALineError() throws Exception {
        String file = "\uFEFF" + SECTORS_HEADER
                + "35360;Vitré;35500;;RUE DE LA GARE;1;;9999;;PI;0351909K;N;maternelle\r\n"
                + "35360;Vitré;35500;;\"RUE DU PARC;1;;9999;;PI;0351909K;N;maternelle\r\n";
        mvc.perform(get(upload(
                                "/admin/" + w.slug() + "/carte-scolaire/import",
                                file.getBytes(StandardCharsets.UTF_8),
                                w.admin().mvc()))
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("jamais refermé")));
    }

    @Test
    void aStrayQuoteInTheSchoolCalendarIsALineError() throws Exception {
        String file = "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\n"
                + "Vacances de Noël;-;2026-12-19;2027-01-04;Rennes;Zone B;2026-2027\n"
                + "\"Vacances d'Hiver;-;2027-02-06;2027-02-22;Rennes;Zone B;2026-2027\n";
        mvc.perform(get(upload(
                                "/admin/vacances-scolaires",
                                file.getBytes(StandardCharsets.UTF_8),
                                w.platform().mvc()))
                        .with(w.platform().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("jamais refermé")));
    }

    @Test
    void aSpreadsheetFileKeepsItsAccentsAndThePreviewNamesItsEncoding() throws Exception {
        String file =
                annuaireHeaderAndVitre(1) + "0359998W;École de l’Œuvre;Ecole;Public;1 rue Neuve;;35500 VITRE;35500;"
                        + "35360;Vitré;035;14;53;1;1" + ";".repeat(38) + "\r\n";
        String preview = upload(
                "/admin/" + w.slug() + "/etablissements/import",
                file.replace("\uFEFF", "").getBytes(Charset.forName("windows-1252")),
                w.admin().mvc());
        mvc.perform(get(preview).with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lu en Windows-1252")))
                .andExpect(content().string(containsString("0359998W — École de l’Œuvre")));
    }

    @Test
    void aUtf8FileWithALatin1ByteIsRefusedWholeNamingTheLineOfItsFirstBadByte() throws Exception {
        // UTF-8 throughout, but line 3 was pasted from a Latin-1 file: its "é" is the single byte E9.
        String sectors = "\uFEFF" + SECTORS_HEADER
                + "35360;Vitré;35500;;RUE DE LA GARE;1;;9999;;PI;0351909K;N;maternelle\r\n"
                + "35360;Vitré;35500;;RUE DU PARC;1;;9999;;PI;0351909K;N;maternelle\r\n";
        String annuaire = annuaireHeaderAndVitre(3);
        String calendar = "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\n"
                + "Vacances de Noël;-;2026-12-19;2027-01-04;Rennes;Zone B;2026-2027\n"
                + "Vacances de Février;-;2027-02-06;2027-02-22;Rennes;Zone B;2026-2027\n";
        record Case(String path, byte[] content, RequestPostProcessor who, String line) {}
        for (var c : java.util.List.of(
                new Case(
                        "/admin/" + w.slug() + "/carte-scolaire/import",
                        latin1OnLine(sectors, 3),
                        w.admin().mvc(),
                        "3"),
                new Case(
                        "/admin/" + w.slug() + "/etablissements/import",
                        latin1OnLine(annuaire, 4),
                        w.admin().mvc(),
                        "4"),
                new Case(
                        "/admin/vacances-scolaires",
                        latin1OnLine(calendar, 3),
                        w.platform().mvc(),
                        "3"))) {
            String preview = upload(c.path(), c.content(), c.who());
            mvc.perform(get(preview).with(c.who()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("mélange deux encodages")))
                    .andExpect(content().string(containsString("la ligne " + c.line() + " contient")))
                    .andExpect(content().string(containsString("Rien n'a été importé.</p>")));
        }
    }

    /** The text in UTF-8, except the first "é" of this line (counted from 1), written as one Latin-1 byte. */
    static byte[] latin1OnLine(String text, int line) {
        var lines = new java.util.ArrayList<>(java.util.Arrays.asList(text.split("\n", -1)));
        String target = lines.get(line - 1);
        int at = target.indexOf('é');
        org.assertj.core.api.Assertions.assertThat(at)
                .as("line %d has an é", line)
                .isNotNegative();
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i) + (i < lines.size() - 1 ? "\n" : "");
            if (i == line - 1) {
                out.writeBytes(l.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.write(0xe9);
                out.writeBytes(l.substring(at + 1).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(l.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** The real Annuaire's header and its first {@code count} lines about Vitré. */
    static String annuaireHeaderAndVitre(int count) throws Exception {
        String real;
        try (var in = new ClassPathResource("opendata/fr-en-annuaire-education.csv").getInputStream()) {
            real = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var lines = real.lines().toList();
        var out = new StringBuilder(lines.getFirst()).append("\r\n");
        lines.stream()
                .filter(l -> l.contains(";35360;Vitré;"))
                .limit(count)
                .forEach(l -> out.append(l).append("\r\n"));
        return out.toString();
    }

    private String upload(String path, byte[] content, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart(path)
                        .file(new MockMultipartFile("fichier", "fichier.csv", "text/csv", content))
                        .with(csrf())
                        .with(who))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
