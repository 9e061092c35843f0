package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.monenfantalecole.portail.shared.web.FormMessages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service's grid form on Bean Validation plus {@link TarifFormCheck}: the same French messages,
 * next to the same fields (and the rows' keys, "tranche-2"), as the checks built by hand gave.
 */
class TarifFormTest {

    private static TarifForm form(
            String nom,
            String unite,
            String annee,
            String ordre,
            String prixDefaut,
            List<String> de,
            List<String> a,
            List<String> prix,
            String fratrieRang) {
        return new TarifForm(
                nom,
                unite,
                "",
                annee,
                ordre,
                "TRANCHES",
                "MIN_INCLUS",
                de,
                a,
                prix,
                "",
                "",
                "",
                prixDefaut,
                "IDENTIQUE",
                "",
                "",
                fratrieRang,
                "");
    }

    @Test
    void theFieldsTypedAreCheckedInTheFormsOrder() {
        var f = form("", " ", "2026", "un", "gratuit", List.of("0"), List.of(""), List.of("3,20"), "");
        assertThat(FormMessages.of(f, "tarifForm"))
                .containsExactly(
                        entry("nom", "Donnez le nom du service, par exemple « Restauration scolaire »."),
                        entry("unite", "Indiquez ce que paie ce prix : « le repas », « l'heure », « la journée »…"),
                        entry("annee", "Indiquez l'année scolaire sous la forme 2026-2027."),
                        entry("ordre", "L'ordre d'affichage est un nombre entier, par exemple 1."),
                        entry(
                                "prixDefaut",
                                "Indiquez le prix appliqué quand la famille ne donne pas son quotient, par exemple 4,80."));
        assertThat(FormMessages.of(
                        form(
                                "x".repeat(121),
                                "le repas",
                                "2026-2027",
                                "1",
                                "4,80",
                                List.of("0"),
                                List.of(""),
                                List.of("3,20"),
                                ""),
                        "tarifForm"))
                .containsExactly(entry("nom", "Le nom du service fait au plus 120 caractères."));
    }

    @Test
    void aRowThatCannotBeReadAndAWrongRankAreShownWithTheirOwnWords() {
        // A blank name: the check does not ask the database whether it is taken.
        var f = form(
                "",
                "le repas",
                "2026-2027",
                "1",
                "4,80",
                List.of("0", "500"),
                List.of("500", ""),
                List.of("3,20", "beaucoup"),
                "trois");
        var result = FormMessages.result(f, "tarifForm");
        new TarifFormCheck(f).check(result, 1, null, null);
        assertThat(FormMessages.of(result))
                .containsEntry("tranche-2", "Tranche 2 : indiquez le prix en euros, par exemple 3,20.")
                .containsEntry(
                        "fratrieRang",
                        "Indiquez le rang de l'enfant à partir duquel la réduction s'applique, par exemple 3.")
                .doesNotContainKey("tranches");
    }

    @Test
    void theGridsOwnChecksComeWhenEveryRowCanBeRead() {
        var f = form("", "le repas", "2026-2027", "1", "4,80", List.of("100"), List.of(""), List.of("3,20"), "");
        var result = FormMessages.result(f, "tarifForm");
        new TarifFormCheck(f).check(result, 1, null, null);
        assertThat(FormMessages.of(result)).containsKey("nom").hasSizeGreaterThan(1);
        var valid = form(
                "  Cantine  ", "le repas", "2026-2027", "1", "4,80", List.of("0"), List.of(""), List.of("3,20"), "");
        assertThat(valid.nom()).isEqualTo("Cantine");
        assertThat(FormMessages.of(valid, "tarifForm")).isEmpty();
    }
}
