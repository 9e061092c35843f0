package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sheet read with and without a collectivité's values; typed values escaped or sanitised. */
@PortailTest
class FicheRenderingIntegrationTest {

    @Autowired
    FicheRenderer renderer;

    @Autowired
    FicheChecks checks;

    static final String DETAIL = """
            Téléphone : {{local:contact.service_scolaire.telephone | celui de votre mairie}}.

            {{local:inscription.pieces | La mairie vous dit quels documents apporter.}}

            Tarifs : {{local:cantine.tarifs | ils dépendent de votre commune}}.
            """;

    @Test
    void withoutValuesEveryPlaceholderReadsAsItsNationalSentence() {
        String html = renderer.html(DETAIL, Map.of());

        assertThat(html)
                .contains("Téléphone : celui de votre mairie.")
                .contains("<p>La mairie vous dit quels documents apporter.</p>")
                .contains("Tarifs : ils dépendent de votre commune.")
                .doesNotContain("{{")
                .doesNotContain("local:")
                .doesNotContain("LOCALPLACEHOLDER");
    }

    @Test
    void withValuesTheCollectiviteDataIsInPlaceAndTyped() {
        String html = renderer.html(
                DETAIL,
                Map.of(
                        "contact.service_scolaire.telephone", "02 99 94 88 88",
                        "inscription.pieces", "Livret de famille\nJustificatif de domicile",
                        "cantine.tarifs", "De 0,90 € à 4,20 € <script>alert(1)</script>"));

        assertThat(html)
                .contains("<a href=\"tel:0299948888\"")
                .contains("<li>Livret de famille</li><li>Justificatif de domicile</li>")
                .contains("De 0,90 € à 4,20 €")
                .doesNotContain("<script>");
    }

    @Test
    void authorsCannotSlipHtmlIntoASheet() {
        String html = renderer.html("Bonjour <img src=x onerror=alert(1)> [lien](javascript:alert(1))", Map.of());

        assertThat(html).doesNotContain("<img").doesNotContain("javascript:").doesNotContain("onerror=alert");
    }

    @Test
    void anUnknownFieldAndAMissingFallbackAreErrorsForTheAuthor() {
        var content = new FicheContent(
                "Titre",
                List.of(),
                "Bref.",
                "{{local:cantine.prix_inconnu | x}} {{local:cantine.tarifs}}",
                List.of(),
                List.of("XXX-999"));

        assertThat(checks.check(content, Set.of("INS-001")))
                .anySatisfy(e -> assertThat(e).contains("« cantine.prix_inconnu » n'existe pas"))
                .anySatisfy(e -> assertThat(e).contains("« cantine.tarifs » n'a pas de texte de remplacement"))
                .anySatisfy(e -> assertThat(e).contains("« XXX-999 » n'existe pas"));
    }
}
