package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prices from the household (issue 15), with the figures a parent checks on the bill. The cantine's
 * grid: 1,20 € under a quotient of 500 €, 2,80 € from 500 € to under 1 000 €, 4,10 € above; +30 % for a
 * household living outside the commune; −20 % from the 2nd child signed up. A household of the commune
 * at a quotient of 650 € books four days for each of its children in March 2026. The commune (its
 * school gives the town's name), the priced cantine and the households are the test's own
 * ({@link PeriscolaireFixture}).
 */
@PortailTest
class HouseholdPricingIntegrationTest {

    private static final List<LocalDate> WEEK = List.of(
            LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20));

    @Autowired
    Adults adults;

    @Autowired
    ClosedDays closedDays;

    @Autowired
    Pricing pricing;

    @Autowired
    Quotients quotients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeriscolaireFixture fixture;

    @OwnCommune
    World w;

    Collectivite commune;
    Activity cantine;

    @BeforeEach
    void cantineWithItsGrid() {
        commune = w.collectivite();
        long grid = fixture.grid(
                w,
                "Cantine (test des prix du foyer)",
                PeriscolaireFixture.YEAR,
                new Grille.NonResident(Grille.RegleNonResident.MAJORATION, new BigDecimal("30"), null),
                new Grille.Fratrie(2, new BigDecimal("20")));
        String uai = w.school("École des Tilleuls").uai();
        cantine = fixture.activity(w, uai, ActivityType.CANTINE, 30, PeriscolaireFixture.YEAR, grid);
    }

    @Test
    void theSecondAndThirdChildOfAHouseholdOfTheCommunePayTheSiblingRate() {
        long parent = household("12 rue Nationale", "35300", w.nom());
        var lea = book(parent, "Léa");
        var tom = book(parent, "Tom");
        var zoe = book(parent, "Zoé");

        assertThat(prices(lea)).containsOnly(280L);
        assertThat(prices(tom)).containsOnly(224L);
        assertThat(prices(zoe)).containsOnly(224L);
        // The month's bill: 4 × 2,80 € + 4 × 2,24 € + 4 × 2,24 € = 11,20 € + 8,96 € + 8,96 € = 29,12 €.
        assertThat(sum(lea) + sum(tom) + sum(zoe)).isEqualTo(2912L);
        assertThat(tranche(tom)).isEqualTo("De 500 € à moins de 1 000 € · 2e enfant inscrit : −\u00a020\u00a0%");
        assertThat(tranche(zoe)).contains("3e enfant inscrit");
        assertThat(tranche(lea)).isEqualTo("De 500 € à moins de 1 000 €");

        // Another household's only child, at the same cantine, is a first child: 2,80 €.
        long neighbour = household("3 place Aristide Briand", "35300", w.nom().toUpperCase(java.util.Locale.ROOT));
        assertThat(prices(book(neighbour, "Noé"))).containsOnly(280L);
        // The eldest stays first: booking again prices Léa's next days at 2,80 €.
        assertThat(pricing.of(cantine, parent, lea.enfantId()).centimes()).isEqualTo(280L);
    }

    @Test
    void theRankCountsFromTheEldestWhateverOrderTheChildrenSignUpIn() {
        long parent = household("12 rue Nationale", "35300", w.nom());
        var tom = book(parent, "Tom", LocalDate.of(2019, 6, 1));
        // Alone at first, the younger child pays the full rate.
        assertThat(prices(tom)).containsOnly(280L);
        var lea = book(parent, "Léa", LocalDate.of(2016, 2, 1));
        // The eldest, signed up second, is still the first child; the younger one becomes the second.
        assertThat(prices(lea)).containsOnly(280L);
        assertThat(tranche(lea)).isEqualTo("De 500 € à moins de 1 000 €");
        assertThat(pricing.of(cantine, parent, tom.enfantId()).centimes()).isEqualTo(224L);
        assertThat(pricing.of(cantine, parent, lea.enfantId()).centimes()).isEqualTo(280L);
    }

    @Test
    void aHouseholdLivingOutsideTheCommunePaysTheNonResidentRateAndTheSiblingRateOnTopOfIt() {
        long parent = household("5 rue de la Forêt", "35133", "Lécousse");
        // Inès is the elder (the rank counts from the eldest, whose birth date tells).
        var ines = book(parent, "Inès", LocalDate.of(2016, 9, 1));
        var hugo = book(parent, "Hugo", LocalDate.of(2018, 9, 1));

        // 2,80 € + 30 % = 3,64 €; for the second child, 3,64 € − 20 % = 2,912 €, rounded to 2,91 €.
        assertThat(prices(ines)).containsOnly(364L);
        assertThat(prices(hugo)).containsOnly(291L);
        assertThat(sum(ines) + sum(hugo)).isEqualTo(4 * 364L + 4 * 291L).isEqualTo(2620L);
        assertThat(tranche(ines)).isEqualTo("De 500 € à moins de 1 000 € · hors commune : +\u00a030\u00a0%");
        assertThat(tranche(hugo)).endsWith("hors commune : +\u00a030\u00a0% · 2e enfant inscrit : −\u00a020\u00a0%");
    }

    @Test
    void aHouseholdWithoutATownGivenIsPricedAsLivingInTheCommune() {
        long parent = household(null, null, null);
        assertThat(prices(book(parent, "Lou"))).containsOnly(280L);
    }

    private long household(@Nullable String adresse, @Nullable String codePostal, @Nullable String ville) {
        long parent = fixture.household(w);
        var adult = adults.get(parent);
        adults.update(
                parent,
                new Adults.Profile(adult.nom(), adult.prenoms(), null, adresse, codePostal, ville, true, false));
        quotients.declare(parent, 65_000, Quotients.Origine.CAF);
        return parent;
    }

    private Signups.Signup book(long parent, String prenom) {
        return book(parent, prenom, null);
    }

    private Signups.Signup book(long parent, String prenom, @Nullable LocalDate born) {
        long child = born == null
                ? fixture.child(parent, prenom, cantine.uai())
                : fixture.child(parent, prenom, cantine.uai(), born);
        var signup = fixture.signUp(cantine, parent, child);
        new Bookings(jdbc, closedDays, pricing, at(2026, 3, 9))
                .change(commune, cantine, signup, parent, Set.copyOf(WEEK), Set.of());
        return signup;
    }

    private List<Long> prices(Signups.Signup signup) {
        var days = new Bookings(jdbc, closedDays, pricing, Clock.systemUTC())
                .of(signup.id(), WEEK.getFirst(), WEEK.getLast().plusDays(1));
        assertThat(days.keySet()).containsExactlyElementsOf(WEEK);
        return days.values().stream().map(Bookings.BookedDay::prixCentimes).toList();
    }

    private long sum(Signups.Signup signup) {
        return prices(signup).stream().mapToLong(Long::longValue).sum();
    }

    private String tranche(Signups.Signup signup) {
        return new Bookings(jdbc, closedDays, pricing, Clock.systemUTC())
                .of(signup.id(), WEEK.getFirst(), WEEK.getFirst().plusDays(1))
                .get(WEEK.getFirst())
                .tranche();
    }

    private static Clock at(int y, int m, int d) {
        return Clock.fixed(
                LocalDateTime.of(y, m, d, 8, 0).atZone(PortailClock.ZONE).toInstant(), PortailClock.ZONE);
    }
}
