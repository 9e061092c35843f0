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

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The establishment import as a Vitré agent runs it: preview first, then an all-or-nothing apply,
 * on the real Annuaire file edited the way a newer extract would differ.
 */
@PortailTest
class AnnuaireImportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Etablissements etablissements;

    @Test
    void previewsThenAppliesANewerExtract() throws Exception {
        String original = new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8);
        var vitreLines = original.lines()
                .filter(l -> l.contains(";Ecole;") && l.contains(";35360;Vitré;"))
                .toList();
        String removed = vitreLines.get(0);
        String renamed = vitreLines.get(1);
        String removedUai = removed.substring(0, 8);
        String renamedUai = renamed.substring(0, 8);
        String newer = original.replace(removed + "\r\n", "")
                        .replace(renamed, renamed.replaceFirst(";[^;]*;", ";École renommée par le test;"))
                + "0359999X;École nouvelle du test;Ecole;Public;1 rue Neuve;;35500 VITRE;35500;35360;Vitré"
                + ";035;14;53;1;1" + ";".repeat(38) + "\r\n";

        String preview = upload("vitre", newer.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(staff.admin("vitre")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0359999X — École nouvelle du test")))
                .andExpect(content().string(containsString(renamedUai + " — École renommée par le test : nom")))
                .andExpect(content().string(containsString(removedUai + " — ")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*(?:\\b[01] ligne hors de votre territoire ignorée|\\b(?:[2-9]|\\d{2,}) lignes hors de votre territoire ignorées) ;.*")))
                .andExpect(content().string(containsString("Appliquer ces changements")));
        assertThat(etablissements.find("0359999X")).isEmpty();

        mvc.perform(post(preview).with(csrf()).with(staff.admin("vitre"))).andExpect(status().is3xxRedirection());

        assertThat(etablissements.find("0359999X"))
                .hasValueSatisfying(e -> assertThat(e.nom()).isEqualTo("École nouvelle du test"));
        assertThat(etablissements.find(renamedUai).orElseThrow().nom()).isEqualTo("École renommée par le test");
        assertThat(etablissements.find(removedUai).orElseThrow().ouvert()).isFalse();
        mvc.perform(get("/vitre/ecoles"))
                .andExpect(content().string(containsString("École nouvelle du test")))
                .andExpect(content().string(not(containsString("/vitre/ecoles/" + removedUai))));
        mvc.perform(get("/vitre/ecoles/" + removedUai)).andExpect(status().isNotFound());
        // A Rennes school, outside Vitré's territory, was left alone although it is in the file.
        assertThat(etablissements.find("0350122T")).isPresent();
    }

    @Test
    void aCommunesImportNeverClosesTheCollegesOrLyceesOfItsTerritory() throws Exception {
        String original = new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8);
        var lines = original.lines().toList();
        String file = lines.getFirst() + "\r\n"
                + lines.stream()
                        .filter(l -> l.contains(";Ecole;") && l.contains(";35360;Vitré;"))
                        .findFirst()
                        .orElseThrow()
                + "\r\n";

        mvc.perform(get(upload("vitre", file.getBytes(StandardCharsets.UTF_8))).with(staff.admin("vitre")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0351567N — Ecole maternelle privée Ste Bernadette")))
                .andExpect(content().string(not(containsString("0351909K — Collège Gérard de Nerval"))))
                .andExpect(content().string(not(containsString("0350053T — Lycée Bertrand d&#39;Argentré"))))
                .andExpect(content().string(not(containsString("0350053T — Lycée Bertrand d'Argentré"))));
    }

    @Test
    void aDepartementsImportNeverRenamesOrClosesEcoles() throws Exception {
        String original = new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8);
        var ecoles = original.lines()
                .filter(l -> l.contains(";Ecole;") && l.contains(";35115;Fougères;"))
                .toList();
        String newer = original.replace(ecoles.get(0) + "\r\n", "")
                .replace(ecoles.get(1), ecoles.get(1).replaceFirst(";[^;]*;", ";École renommée par le Département;"));

        mvc.perform(get(upload("ille-et-vilaine", newer.getBytes(StandardCharsets.UTF_8)))
                        .with(staff.admin("ille-et-vilaine")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("École renommée par le Département"))))
                .andExpect(content().string(not(containsString(ecoles.get(0).substring(0, 8) + " — "))))
                .andExpect(content()
                        .string(matchesPattern("(?s).*(?:\\b[01] ligne d'établissements que vous ne gérez pas ignorée|"
                                + "\\b(?:[2-9]|\\d{2,}) lignes d'établissements que vous ne gérez pas ignorées)"
                                + " \\(vos imports ne portent que sur vos collèges\\).*")));
    }

    @Test
    void anIntercommunalitysImportTouchesOnlyTheCommunesOfItsFileInItsTerritory() throws Exception {
        String original = new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8);
        var lines = original.lines().toList();
        String vitre = lines.stream()
                .filter(l -> l.contains(";Ecole;") && l.contains(";35360;Vitré;"))
                .findFirst()
                .orElseThrow();
        var file = new StringBuilder(lines.getFirst()).append("\r\n");
        lines.stream()
                .filter(l -> l.contains(";35115;Fougères;"))
                .forEach(l -> file.append(l).append("\r\n"));
        file.append(vitre.replaceFirst(";[^;]*;", ";École de Vitré renommée par l'agglomération;"))
                .append("\r\n");

        String preview = upload("fougeres-agglomeration", file.toString().getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(staff.admin("fougeres-agglomeration")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>0</strong> établissement fermé ou absent")))
                .andExpect(content().string(containsString("1 ligne hors de votre territoire ignorée")))
                .andExpect(content().string(not(containsString("renommée par l"))));
        mvc.perform(post(preview).with(csrf()).with(staff.admin("fougeres-agglomeration")))
                .andExpect(status().is3xxRedirection());
        assertThat(etablissements.find(vitre.substring(0, 8)).orElseThrow().nom())
                .doesNotContain("renommée");
        assertThat(etablissements.inTerritory(
                        new fr.monenfantalecole.portail.tenant.Territory(java.util.List.of("35150"), null)))
                .as("the écoles of Lécousse, a member commune absent from the file, stay open")
                .isNotEmpty()
                .allMatch(Etablissement::ouvert);
    }

    @Test
    void aWebSiteOrEmailThatIsNotOneIsRefusedAtImportAndNeverShownAsALink() throws Exception {
        String original = new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8);
        String web = original.lines()
                .filter(l -> l.startsWith("0351031F;"))
                .findFirst()
                .orElseThrow();
        String mail = original.lines()
                .filter(l -> l.startsWith("0351387T;"))
                .findFirst()
                .orElseThrow();
        String file = original.replace(web, cell(web, 20, "javascript:alert(document.domain)"))
                .replace(mail, cell(mail, 21, "x@y.fr\" onmouseover=\"alert(1)"));

        String preview = upload("saint-malo", file.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(staff.admin("saint-malo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 lignes en erreur")))
                .andExpect(content().string(containsString("Site web « javascript:alert(document.domain) » invalide")))
                .andExpect(content().string(containsString("Courriel « x@y.fr\" onmouseover")))
                .andExpect(content().string(not(containsString("Appliquer ces changements"))));

        // A value stored before this check (or by hand) is shown as text, not as a link.
        var stored = etablissements.find("0351031F").orElseThrow();
        try {
            etablissements.save(
                    withAddresses(stored, "x@y.fr\" onmouseover=\"alert(1)", "javascript:alert(document.domain)"));
            mvc.perform(get("/saint-malo/ecoles/0351031F"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("href=\"javascript:"))))
                    .andExpect(content().string(not(containsString("href=\"mailto:x@y.fr"))))
                    .andExpect(content().string(containsString("javascript:alert(document.domain)")));
        } finally {
            etablissements.save(stored);
        }
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
        String original = new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8);
        var lines = original.lines().collect(Collectors.toList());
        int fougeresLine = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(";35115;Fougères;")) {
                fougeresLine = i;
                break;
            }
        }
        String target = lines.get(fougeresLine);
        String uai = target.substring(0, 8);
        String before = etablissements.find(uai).orElseThrow().nom();
        lines.set(fougeresLine, target.replaceFirst(";[^;]*;", ";Nom changé;"));
        lines.set(fougeresLine + 1, "XYZ" + lines.get(fougeresLine + 1).substring(8));
        byte[] file = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);

        String preview = upload("fougeres", file);
        mvc.perform(get(preview).with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*(?:\\b1 ligne|\\b(?:[2-9]|\\d{2,}) lignes) en erreur : rien ne sera importé.*")))
                .andExpect(content().string(containsString("<td>" + (fougeresLine + 2) + "</td>")))
                .andExpect(content().string(containsString("UAI « XYZ")))
                .andExpect(content().string(not(containsString("Appliquer ces changements"))));

        mvc.perform(post(preview).with(csrf()).with(staff.admin("fougeres"))).andExpect(status().is3xxRedirection());
        assertThat(etablissements.find(uai).orElseThrow().nom()).isEqualTo(before);
    }

    @Test
    void anIso88591ExtractIsReadLikeTheUtf8One() throws Exception {
        String original = new String(AnnuaireCsvTest.realFile(), StandardCharsets.UTF_8).substring(1);
        String preview = upload("fougeres", original.getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(get(preview).with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer (aucun changement)")));
    }

    @Test
    void somethingThatIsNotTheAnnuaireIsRefusedWhole() throws Exception {
        String preview = upload("fougeres", "nom,prenom\r\nDupont,Jean\r\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(staff.admin("fougeres")))
                .andExpect(content().string(containsString("n'est pas l'Annuaire de l'éducation")))
                .andExpect(content().string(containsString("Rien n'a été importé")));
    }

    @Test
    void anEmptyUploadIsExplainedOnThePage() throws Exception {
        mvc.perform(multipart("/admin/fougeres/etablissements/import")
                        .file(new MockMultipartFile("fichier", "", "text/csv", new byte[0]))
                        .with(csrf())
                        .with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le fichier CSV")));
    }

    private String upload(String slug, byte[] content) throws Exception {
        var result = mvc.perform(multipart("/admin/" + slug + "/etablissements/import")
                        .file(new MockMultipartFile("fichier", "annuaire.csv", "text/csv", content))
                        .with(csrf())
                        .with(staff.admin(slug)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }
}
