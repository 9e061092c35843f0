package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The periscolaire module with the modules whose beans it uses (Modulith's direct dependencies:
 * {@code agenda}, {@code family}, {@code school}, {@code service}, {@code tenant}, {@code shared})
 * and those their beans need to start ({@code account}, {@code mail}, {@code news}, {@code sector}
 * for {@code family}; {@code fiche} and {@code localdata} for {@code service}); on its own database,
 * without the demo. The test makes its commune, a priced cantine and a household: the eldest child
 * pays the tranche of the household's quotient, the younger one the sibling rate.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"account", "mail", "news", "sector", "fiche", "localdata"})
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/periscolaire-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class PeriscolaireModuleTest {

    private static final String YEAR = "2026-2027";
    private static final String UAI = "0359907G";

    @Autowired
    Activities activities;

    @Autowired
    Signups signups;

    @Autowired
    Quotients quotients;

    @Autowired
    Pricing pricing;

    @Autowired
    Prestations prestations;

    @Autowired
    Adults adults;

    @Autowired
    Children children;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyPeriscolaireAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder(
                        "periscolaire",
                        "agenda",
                        "family",
                        "school",
                        "service",
                        "tenant",
                        "account",
                        "mail",
                        "news",
                        "sector",
                        "fiche",
                        "localdata",
                        "shared");
    }

    @Test
    void theEldestChildPaysTheTrancheOfTheQuotientAndTheYoungerOneTheSiblingRate() {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-periscolaire", "Tranche du périscolaire", "35977");
        long grid = prestations.create(
                commune.id(),
                new Prestations.Saisie(
                        "Cantine de la tranche",
                        "repas",
                        "",
                        YEAR,
                        1,
                        TestGrids.cantine(Grille.NonResident.IDENTIQUE, new Grille.Fratrie(2, new BigDecimal("20"))),
                        false),
                null);
        var days = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        long id = activities.create(
                commune.id(),
                new Activities.Saisie(
                        UAI,
                        YEAR,
                        ActivityType.CANTINE,
                        30,
                        days,
                        grid,
                        2,
                        LocalTime.of(10, 0),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 7, 3)));
        Activity cantine = activities.find(commune.id(), id).orElseThrow();
        long parent = adults.create(new Adults.NewAdult(
                        commune.id(),
                        "foyer@tranche-periscolaire.test",
                        null,
                        "Tranchet",
                        "Alix",
                        "2026-12",
                        null,
                        null))
                .orElseThrow();
        quotients.declare(parent, 65_000, Quotients.Origine.CAF);
        long eldest = child(parent, "Léa", LocalDate.of(2017, 2, 1));
        long younger = child(parent, "Tom", LocalDate.of(2019, 6, 1));
        signups.signUp(cantine.id(), younger, parent, days);
        signups.signUp(cantine.id(), eldest, parent, days);

        var eldestPrice = pricing.of(cantine, parent, eldest);
        assertThat(eldestPrice.centimes()).isEqualTo(280);
        assertThat(eldestPrice.tranche()).isEqualTo("De 500 € à moins de 1 000 €");
        assertThat(pricing.of(cantine, parent, younger).centimes()).isEqualTo(224);
    }

    private long child(long parent, String prenoms, LocalDate born) {
        return children.add(parent, new Children.ChildData("Tranchet", prenoms, born, "F", UAI, "CE2", YEAR, false));
    }
}
