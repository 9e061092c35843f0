package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When a collectivité's subscription has lapsed, its agents see a banner on every back-office page
 * saying so and what to do; its admin gets a link to the subscription; the operator sees none. A
 * subscription ending within 30 days without a next period warns ahead.
 */
@PortailTest
class SubscriptionBannerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService details;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Quoting quoting;

    @Autowired
    PriceLists prices;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Seller seller;

    @Test
    void agentsOfALapsedSubscriptionSeeABannerAndTheOperatorDoesNot() throws Exception {
        try (var w = fixtures.commune("abonnement-echu", "Commune d'Échu");
                var other = fixtures.commune()) {
            // Started in 2025: over by now, whatever the price list's period.
            var period = InvoiceNumberingIntegrationTest.subscribe(
                    quoting, prices, w.collectivite(), LocalDate.of(2025, 3, 1), "EJ-ECHU");
            String end = period.fin().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

            mvc.perform(get("/admin").with(w.agent().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("au portail a pris fin le " + end)))
                    .andExpect(content().string(containsString("prévenez l'administrateur de votre collectivité")))
                    .andExpect(content().string(not(containsString("/admin/abonnement-echu/abonnement"))));
            mvc.perform(get("/admin/abonnement-echu/abonnement").with(w.admin().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("au portail a pris fin le " + end)))
                    .andExpect(content().string(containsString("href=\"/admin/abonnement-echu/abonnement\"")));
            mvc.perform(get("/admin/facturation/collectivites/abonnement-echu")
                            .with(w.platform().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("a pris fin le"))));
            // Another collectivité's agent is not told about it.
            mvc.perform(get("/admin").with(other.admin().mvc()))
                    .andExpect(content().string(not(containsString("Échu"))));
        }
    }

    @Test
    void aSubscriptionEndingWithin30DaysWarnsUntilItIsRenewed() {
        try (var w = fixtures.commune("abonnement-finissant", "Commune de Fin")) {
            var c = w.collectivite();
            var period =
                    InvoiceNumberingIntegrationTest.subscribe(quoting, prices, c, LocalDate.of(2081, 1, 1), "EJ-FIN");
            var user = (StaffPrincipal) details.loadUserByUsername(w.agent().email());

            assertThat(notices(period.fin().minusDays(31)).of(user)).isEmpty();
            assertThat(notices(period.fin().minusDays(10)).of(user))
                    .singleElement()
                    .satisfies(n -> assertThat(n.text())
                            .contains("prend fin le "
                                    + period.fin().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                            .contains(seller.courriel()));

            InvoiceNumberingIntegrationTest.subscribe(
                    quoting, prices, c, period.fin().plusDays(1), "EJ-FIN-SUITE");
            assertThat(notices(period.fin().minusDays(10)).of(user)).isEmpty();
        }
    }

    private SubscriptionNotices notices(LocalDate today) {
        return new SubscriptionNotices(
                subscriptions,
                collectivites,
                seller,
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(43_200), ZoneOffset.UTC));
    }
}
