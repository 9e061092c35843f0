package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FicheFileTest {

    static final String SAMPLE = """
            ---
            id: CAN-008
            theme: cantine
            niveau: tous
            titre: Cantine : que faire en cas d'impayé ?
            questions:
              - "cantine pas payée"
              - facture cantine : je ne peux pas payer
            sources:
              - Service-public.fr : Cantine scolaire | https://www.service-public.fr/particuliers/vosdroits/F1234
            liees: [CAN-001, CAN-002]
            ---
            ## En bref

            Contactez vite la mairie : des solutions existent.

            ## En détail

            ### Qui appeler

            Service : {{local:contact.service_scolaire.telephone | celui de votre mairie}}.
            """;

    @Test
    void readsTheFrontMatterWithoutAskingEditorsToQuoteColons() {
        var parsed = FicheFile.parse(SAMPLE);

        assertThat(parsed.errors()).isEmpty();
        var fiche = parsed.fiche();
        assertThat(fiche.id()).isEqualTo("CAN-008");
        assertThat(fiche.content().titre()).isEqualTo("Cantine : que faire en cas d'impayé ?");
        assertThat(fiche.content().questions())
                .containsExactly("cantine pas payée", "facture cantine : je ne peux pas payer");
        assertThat(fiche.content().sources()).hasSize(1);
        assertThat(fiche.content().liees()).containsExactly("CAN-001", "CAN-002");
        assertThat(fiche.content().bref()).isEqualTo("Contactez vite la mairie : des solutions existent.");
        assertThat(fiche.content().detail()).startsWith("### Qui appeler");
    }

    @Test
    void explainsAMissingSection() {
        var parsed = FicheFile.parse(SAMPLE.replace("## En détail", "## Détail"));

        assertThat(parsed.fiche()).isNull();
        assertThat(parsed.errors()).singleElement().asString().contains("« ## En détail »");
    }

    @Test
    void placeholdersAreFoundWithTheirFallbacks() {
        var found = Placeholder.in(
                "A {{local:cantine.tarifs}} B {{ local:contact.mairie.telephone | celui de la mairie }}");

        assertThat(found).extracting(Placeholder::key).containsExactly("cantine.tarifs", "contact.mairie.telephone");
        assertThat(found.get(0).fallback()).isNull();
        assertThat(found.get(1).fallback()).isEqualTo("celui de la mairie");
        assertThat(Placeholder.malformed("{{locale:x}} et {{local:ok | oui}}")).containsExactly("{{locale:x}}");
    }
}
