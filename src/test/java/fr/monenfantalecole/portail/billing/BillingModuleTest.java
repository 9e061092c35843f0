package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.AnnuaireScope;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The billing module with the modules whose beans it uses ({@code school}, {@code mail},
 * {@code tenant}, {@code shared}: Modulith's direct dependencies; {@code account} only lends it
 * types), on its own database: the test makes its price
 * list, its commune and the commune's two écoles; the quote counts one, leaves the other out with
 * its reason, and belongs to that commune only.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/billing-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class BillingModuleTest {

    private static final String ANNUAIRE =
            "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;"
                    + "Adresse_1;Code postal;Code_commune;Nom_commune;Ecole_maternelle;Ecole_elementaire;latitude;longitude;etat\r\n"
                    + "0359905E;École du devis;Ecole;Public;1 rue du Devis;35991;35991;Devis;1;1;48.1;-1.6;OUVERT\r\n"
                    + "0359906F;École laissée de côté;Ecole;Public;2 rue du Devis;35991;35991;Devis;1;0;48.1;-1.6;OUVERT\r\n";

    @Autowired
    PriceLists prices;

    @Autowired
    Quoting quoting;

    @Autowired
    Quotes quotes;

    @Autowired
    AnnuaireImport annuaire;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyBillingAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder("billing", "school", "mail", "tenant", "shared");
    }

    @Test
    void aQuoteCountsTheCommunesEcolesButTheOneLeftOutAndIsOnlyItsOwn() {
        prices.add(new PriceList(0, LocalDate.of(2026, 8, 17), 30_000, 50_000, 0, null, null, 2000, false));
        Collectivite commune = ModuleSlices.commune(collectivites, "tranche-devis", "Tranche du devis", "35991");
        Collectivite other = ModuleSlices.commune(collectivites, "tranche-devis-voisine", "Tranche voisine", "35990");
        byte[] file = ANNUAIRE.getBytes(StandardCharsets.UTF_8);
        annuaire.apply(
                file,
                AnnuaireScope.of(commune, collectivites.territory(commune)),
                commune.id(),
                "annuaire-devis.csv",
                null);

        assertThat(quoting.candidates(commune)).hasSize(2);
        long id = quoting.quote(
                commune, LocalDate.of(2026, 9, 1), Map.of("0359906F", "Fermée à la rentrée prochaine"), null);

        var quote = quotes.find(commune.id(), id);
        assertThat(quote.amounts()).isEqualTo(new Amounts(30_000, 6_000, 36_000));
        assertThat(quotes.schools(id))
                .extracting(Quote.School::uai, Quote.School::compte)
                .containsExactlyInAnyOrder(tuple("0359905E", true), tuple("0359906F", false));
        assertThatThrownBy(() -> quotes.find(other.id(), id)).isInstanceOf(NotFoundException.class);
    }
}
