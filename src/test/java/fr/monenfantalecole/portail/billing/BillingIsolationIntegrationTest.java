package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only the operator sells: a collectivité's admin reaches none of the operator's pages and, through
 * its own routes, only its own quotes and invoices (another's id: 404). A suspended portal shows a
 * plain page.
 */
@PortailTest
class BillingIsolationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Quoting quoting;

    @Autowired
    InvoiceIssuing issuing;

    @Autowired
    PriceLists prices;

    /** The commune invoiced in this context, and its neighbour invoiced too ({@link Fixtures#invoiced()}). */
    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    Subscriptions subscriptions;

    @Test
    void aCollectiviteSeesOnlyItsOwnDocumentsAndNoneOfTheOperatorsPages() throws Exception {
        var w = fixtures.invoiced();
        var neighbour = fixtures.invoicedNeighbour().collectivite();
        var own = w.collectivite();
        var theirs =
                InvoiceNumberingIntegrationTest.subscribe(quoting, prices, neighbour, LocalDate.of(2070, 1, 1), "EJ-R");
        var ours = InvoiceNumberingIntegrationTest.subscribe(quoting, prices, own, LocalDate.of(2070, 3, 1), "EJ-F");
        var theirInvoice = issuing.invoice(theirs.id(), null);
        var ourInvoice = issuing.invoice(ours.id(), null);
        var admin = w.admin().mvc();

        mvc.perform(get("/admin/" + w.slug() + "/abonnement/factures/" + theirInvoice.id() + "/pdf")
                        .with(admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + w.slug() + "/abonnement/devis/" + theirs.devisId() + "/pdf")
                        .with(admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + neighbour.slug() + "/abonnement").with(admin))
                .andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get("/admin/" + w.slug() + "/abonnement/factures/" + ourInvoice.id() + "/pdf")
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/admin/" + w.slug() + "/abonnement/devis/" + ours.devisId() + "/pdf")
                        .with(admin))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/" + w.slug() + "/abonnement").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ourInvoice.numero())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(theirInvoice.numero()))));

        for (String page : new String[] {
            "/admin/facturation",
            "/admin/facturation/devis/" + ours.devisId(),
            "/admin/facturation/factures/" + ourInvoice.id(),
            "/admin/facturation/factures/" + ourInvoice.id() + "/pdf",
            "/admin/facturation/collectivites/" + w.slug(),
            "/admin/facturation/export/factures-2070.csv"
        }) {
            mvc.perform(get(page).with(admin)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/facturation/factures/" + ourInvoice.id() + "/avoir")
                        .with(csrf())
                        .with(admin)
                        .param("montantHt", "10")
                        .param("motif", "essai"))
                .andExpect(status().isNotFound());
        assertThat(audit.forObject("facture", ourInvoice.numero())).isNotEmpty();
    }

    @Test
    void theOperatorWorksThroughThePagesAndASuspendedPortalShowsAPlainPage() throws Exception {
        var w = fixtures.invoiced();
        var invoiced = w.collectivite();
        var period =
                InvoiceNumberingIntegrationTest.subscribe(quoting, prices, invoiced, LocalDate.of(2071, 1, 1), "EJ-V");
        var operator = w.platform().mvc();
        mvc.perform(get("/admin/facturation").with(operator)).andExpect(status().isOk());
        mvc.perform(get("/admin/facturation/collectivites/" + w.slug()).with(operator))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/facturation/abonnements/" + period.id() + "/facture")
                        .with(csrf())
                        .with(operator))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/facturation/devis/" + period.devisId() + "/commande")
                        .with(csrf())
                        .with(operator)
                        .param("siretPayeur", "123"))
                .andExpect(status().isOk());
        // A fresh quote reaches the order form: a bad SIRET is refused next to the field, the typing kept.
        long fresh = quoting.quote(invoiced, LocalDate.of(2072, 1, 1), java.util.Map.of(), null);
        mvc.perform(post("/admin/facturation/devis/" + fresh + "/commande")
                        .with(csrf())
                        .with(operator)
                        .param("accepteLe", "2071-12-01")
                        .param("engagementJuridique", "EJ-V-2072")
                        .param("codeService", "ECOLES")
                        .param("siretPayeur", "123")
                        .param("rue", "1 place de la Mairie")
                        .param("codePostal", "35500")
                        .param("ville", w.nom())
                        .param("courrielFacturation", InvoiceNumberingIntegrationTest.billingAddress(invoiced)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "id=\"siretPayeur-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                                        + "Un SIRET s'écrit avec 14 chiffres, sans espace.")))
                .andExpect(content().string(containsString("value=\"123\"")))
                .andExpect(content().string(containsString("value=\"EJ-V-2072\"")));
        assertThat(subscriptions.ofQuote(fresh)).isEmpty();

        byte[] csv = mvc.perform(get("/admin/facturation/export/factures-"
                                + LocalDate.now().getYear() + ".csv")
                        .with(operator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNuméro;Nature;Date");

        mvc.perform(post("/admin/facturation/collectivites/" + w.slug() + "/suspension")
                        .with(csrf())
                        .with(operator)
                        .param("suspendre", "true"))
                .andExpect(status().is3xxRedirection());
        try {
            mvc.perform(get("/" + w.slug() + "/"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("momentanément indisponible")));
        } finally {
            mvc.perform(post("/admin/facturation/collectivites/" + w.slug() + "/suspension")
                    .with(csrf())
                    .with(operator)
                    .param("suspendre", "false"));
        }
        mvc.perform(get("/" + w.slug() + "/")).andExpect(status().isOk());
    }
}
