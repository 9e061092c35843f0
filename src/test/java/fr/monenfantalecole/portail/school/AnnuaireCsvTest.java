package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class AnnuaireCsvTest {

    static byte[] realFile() throws IOException {
        try (var in = new ClassPathResource("opendata/fr-en-annuaire-education.csv").getInputStream()) {
            return in.readAllBytes();
        }
    }

    static final String HEADER =
            "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;"
                    + "Adresse_1;Code postal;Code_commune;Nom_commune;Ecole_maternelle;Ecole_elementaire;latitude;longitude;etat\r\n";

    @Test
    void readsThePublishedFileAsItIs() throws IOException {
        var parsed = AnnuaireCsv.parse(realFile());

        assertThat(parsed.fileError()).isNull();
        assertThat(parsed.errors()).isEmpty();
        // 996 lines, three of which are second sites of multi-site establishments (same UAI).
        assertThat(parsed.etablissements()).hasSize(993);
        var bruz = parsed.etablissements().stream()
                .filter(e -> e.uai().equals("0350852L"))
                .findFirst()
                .orElseThrow();
        assertThat(bruz.nom()).as("the main site is kept, not the annexe").isEqualTo("Collège Saint-Joseph");
        var lucioles = parsed.etablissements().stream()
                .filter(e -> e.uai().equals("0350122T"))
                .findFirst()
                .orElseThrow();
        assertThat(lucioles.nom()).isEqualTo("Ecole primaire publique les Lucioles");
        assertThat(lucioles.niveau()).isEqualTo(Niveau.PRIMAIRE);
        assertThat(lucioles.isPublic()).isTrue();
        assertThat(lucioles.nombreEleves()).isEqualTo(143);
        assertThat(lucioles.latitude()).isBetween(47.98, 47.99);
    }

    @Test
    void readsIso88591AndLowerCaseColumnNames() {
        String csv = HEADER.toLowerCase().replace("code postal", "code_postal")
                + "0350255M;Ecole maternelle publique la Madeleine;Ecole;Privé;1 rue de la Forêt;35300;35115;Fougères;1;0;48.35;-1.2;OUVERT\r\n";
        var parsed = AnnuaireCsv.parse(csv.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(parsed.errors()).isEmpty();
        var e = parsed.etablissements().getFirst();
        assertThat(e.nomCommune()).isEqualTo("Fougères");
        assertThat(e.statut()).isEqualTo("PRIVE");
        assertThat(e.codePostal()).isEqualTo("35300");
        assertThat(e.niveau()).isEqualTo(Niveau.MATERNELLE);
    }

    @Test
    void reportsEachWrongLineWithItsNumberAndWhatToFix() {
        String csv = "\uFEFF" + HEADER
                + "0350255M;École A;Ecole;Public;;35300;35115;Fougères;1;0;48.3;-1.2;OUVERT\r\n"
                + "035025;École B;Ecole;Public;;35300;35115;Fougères;1;0;;;OUVERT\r\n"
                + "0350255M;École C;Ecole;Public;;35300;35115;Fougères;1;0;;;OUVERT\r\n"
                + "0350256N;École D;Ecole;Public;;35300;35115;Fougères;1;0;448.3;-1.2;OUVERT\r\n"
                + "0350257P;;Ecole;Public;;35300;35115;Fougères;1;0;;;OUVERT\r\n";
        var parsed = AnnuaireCsv.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.errors()).extracting(AnnuaireCsv.Line::number).containsExactly(3L, 4L, 5L, 6L);
        assertThat(parsed.errors().get(0).error()).contains("UAI « 035025 » invalide");
        assertThat(parsed.errors().get(1).error())
                .contains("figure déjà ligne 2")
                .contains("multi-sites");
        assertThat(parsed.errors().get(2).error()).contains("latitude");
        assertThat(parsed.errors().get(3).error()).contains("nom de l'établissement");
    }

    @Test
    void refusesAFileThatIsNotTheAnnuaire() {
        var parsed = AnnuaireCsv.parse("nom,prenom\r\nDupont,Jean\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.fileError()).contains("colonnes manquantes");
    }
}
