package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The operator renews a subscription from its page (the next period's quote, prefilled from the
 * current one), and the billing forms keep what was typed next to a French message.
 */
@PortailTest
class RenewalAndFormsIntegrationTest {

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc mvc;

    @Autowired
    Quoting quoting;

    @Autowired
    Quotes quotes;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    PriceLists prices;

    @Autowired
    Collectivites collectivites;

    @Test
    void renewingMakesTheNextPeriodsQuoteWithTheSameSchoolsLeftOutAndTheSamePayer() throws Exception {
        w.school("École du Sillon");
        w.school("École de Rocabey");
        var commune = w.collectivite();
        InvoiceNumberingIntegrationTest.subscribe(quoting, prices, commune, LocalDate.of(2082, 1, 1), "EJ-PREP");
        var school = quoting.candidates(commune).getFirst();
        long first = quoting.quote(commune, LocalDate.of(2083, 1, 1), Map.of(school.uai(), "fermée en 2083"), null);
        var current = quoting.accept(
                commune,
                first,
                new Quote.Order(
                        LocalDate.of(2082, 12, 1),
                        "EJ-2083",
                        "SERVICE-ECOLES",
                        "21350288300018",
                        "Place Chateaubriand\n35400 Saint-Malo",
                        "compta@essai.test"),
                null);
        var operator = w.platform().mvc();

        String location = mvc.perform(post("/admin/facturation/abonnements/" + current.id() + "/renouvellement")
                        .with(csrf())
                        .with(operator))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var matcher = Pattern.compile("/admin/facturation/devis/(\\d+)\\?renouvellement")
                .matcher(location);
        assertThat(matcher.matches()).as(location).isTrue();
        var renewal = quotes.find(Long.parseLong(matcher.group(1)));
        assertThat(renewal.debut()).isEqualTo(current.fin().plusDays(1));
        assertThat(renewal.accepted()).isFalse();
        assertThat(quotes.schools(renewal.id()))
                .filteredOn(s -> !s.compte())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.uai()).isEqualTo(school.uai());
                    assertThat(s.motif()).isEqualTo("fermée en 2083");
                });

        // The order form starts from the previous payer, with a new engagement juridique to type.
        mvc.perform(get(location).with(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"SERVICE-ECOLES\"")))
                .andExpect(content().string(containsString("value=\"21350288300018\"")))
                .andExpect(content().string(containsString("value=\"Place Chateaubriand\"")))
                .andExpect(content().string(containsString("value=\"35400\"")))
                .andExpect(content().string(containsString("value=\"Saint-Malo\"")))
                .andExpect(content().string(containsString("value=\"compta@essai.test\"")));

        // Asking twice gives the same quote; once ordered, the renewal is the next period.
        mvc.perform(post("/admin/facturation/abonnements/" + current.id() + "/renouvellement")
                        .with(csrf())
                        .with(operator))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(location));
        mvc.perform(post("/admin/facturation/devis/" + renewal.id() + "/commande")
                        .with(csrf())
                        .with(operator)
                        .param("accepteLe", "2083-12-01")
                        .param("engagementJuridique", "EJ-2084")
                        .param("codeService", "SERVICE-ECOLES")
                        .param("siretPayeur", "21350288300018")
                        .param("rue", "Place Chateaubriand")
                        .param("codePostal", "35400")
                        .param("ville", "Saint-Malo")
                        .param("courrielFacturation", "compta@essai.test"))
                .andExpect(status().is3xxRedirection());
        var next = subscriptions.ofQuote(renewal.id()).orElseThrow();
        assertThat(next.renouvelleId()).isEqualTo(current.id());
        mvc.perform(post("/admin/facturation/abonnements/" + current.id() + "/renouvellement")
                        .with(csrf())
                        .with(operator))
                .andExpect(redirectedUrlStartingWith("/admin/facturation/devis/" + renewal.id() + "?"));

        // Nobody else renews: a collectivité's admin gets a 404.
        mvc.perform(post("/admin/facturation/abonnements/" + current.id() + "/renouvellement")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePriceListFormKeepsWhatWasTypedNextToTheMessage() throws Exception {
        String page = mvc.perform(post("/admin/facturation/tarifs")
                        .with(csrf())
                        .with(w.platform().mvc())
                        .param("valableDu", "2084-01-01")
                        .param("prixEcole", "80,50")
                        .param("prixCollege", "soixante")
                        .param("minimumAnnuel", "650")
                        .param("prixEcoleEpci", "70")
                        .param("prixEcoleDept", "")
                        .param("tauxTva", "20"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("value=\"2084-01-01\"", "value=\"80,50\"", "value=\"soixante\"", "value=\"650\"")
                .contains("value=\"70\"")
                .doesNotContain("checked")
                .contains("id=\"prixCollege-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Écrivez un montant en euros, par exemple 75,00.")
                .contains("aria-invalid=\"true\"");
        assertThat(prices.inForce(LocalDate.of(2084, 6, 1)).orElseThrow().valableDu())
                .isBefore(LocalDate.of(2084, 1, 1));

        // A date the browser could not send: the message, and the rest of the typing kept.
        mvc.perform(post("/admin/facturation/tarifs")
                        .with(csrf())
                        .with(w.platform().mvc())
                        .param("valableDu", "2084-02-31")
                        .param("prixEcole", "80,50")
                        .param("prixCollege", "75")
                        .param("minimumAnnuel", "650")
                        .param("tauxTva", "20")
                        .param("prorataMensuel", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une date valide")))
                .andExpect(content().string(containsString("value=\"80,50\"")))
                .andExpect(content().string(containsString("value=\"650\"")));
    }

    @Test
    void theQuoteFormGivesItsMessageNextToTheStartAndKeepsTheReasonsTyped() throws Exception {
        w.school("École des Rochers");
        var commune = w.collectivite();
        var school = quoting.candidates(commune).getFirst();
        for (String debut : new String[] {"", "2085-02-31"}) {
            String page = mvc.perform(post("/admin/facturation/collectivites/" + w.slug() + "/devis")
                            .with(csrf())
                            .with(w.platform().mvc())
                            .param("debut", debut)
                            .param("motifs[" + school.uai() + "]", "Fermée à la rentrée"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .contains("id=\"debut-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                            + "Indiquez la date de début (jj/mm/aaaa).")
                    .contains("name=\"motifs[" + school.uai() + "]\" value=\"Fermée à la rentrée\"")
                    .contains("value=\"" + debut + "\"");
        }
        assertThat(quotes.of(commune.id())).noneMatch(q -> q.debut().getYear() == 2085);
    }

    private static org.springframework.test.web.servlet.ResultMatcher redirectedUrlStartingWith(String prefix) {
        return result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith(prefix);
    }
}
