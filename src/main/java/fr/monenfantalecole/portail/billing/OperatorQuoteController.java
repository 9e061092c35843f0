package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator quotes a collectivité from its schools, records its order and issues the invoice. */
@AdminController
class OperatorQuoteController {

    private final Collectivites collectivites;
    private final Quoting quoting;
    private final Quotes quotes;
    private final Subscriptions subscriptions;
    private final Invoices invoices;
    private final InvoiceIssuing issuing;
    private final OperatorForms forms;
    private final Renewals renewals;
    private final FormErrors formErrors;

    OperatorQuoteController(
            Collectivites collectivites,
            Quoting quoting,
            Quotes quotes,
            Subscriptions subscriptions,
            Invoices invoices,
            InvoiceIssuing issuing,
            OperatorForms forms,
            Renewals renewals,
            FormErrors formErrors) {
        this.formErrors = formErrors;
        this.renewals = renewals;
        this.collectivites = collectivites;
        this.quoting = quoting;
        this.quotes = quotes;
        this.subscriptions = subscriptions;
        this.invoices = invoices;
        this.issuing = issuing;
        this.forms = forms;
    }

    @GetMapping("/admin/facturation/collectivites/{slug}")
    String collectivite(@AuthenticationPrincipal StaffPrincipal user, @PathVariable String slug, Model model) {
        OperatorOnly.require(user);
        return collectivitePage(model, find(slug), "", Map.of(), Map.of());
    }

    @PostMapping("/admin/facturation/collectivites/{slug}/devis")
    String quote(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable String slug,
            @Valid @ModelAttribute("quoteForm") QuoteForm form,
            BindingResult result,
            Model model) {
        OperatorOnly.require(user);
        var c = find(slug);
        var leftOut = form.leftOut();
        String debut = QuoteForm.typed(form, result);
        if (result.hasErrors()) {
            return collectivitePage(model, c, debut, leftOut, formErrors.of(result));
        }
        try {
            long id = quoting.quote(c, Objects.requireNonNull(form.debut()), leftOut, user.id());
            return "redirect:/admin/facturation/devis/" + id;
        } catch (BillingRefusal refusal) {
            return collectivitePage(model, c, debut, leftOut, Map.of("debut", refusal.getMessage()));
        }
    }

    @PostMapping("/admin/facturation/collectivites/{slug}/suspension")
    String suspend(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Boolean suspendre) {
        // The operator check comes first: anyone else gets a 404 whatever the form holds.
        OperatorOnly.require(user);
        quoting.suspend(find(slug), Boolean.TRUE.equals(suspendre), user.id());
        return "redirect:/admin/facturation/collectivites/" + slug;
    }

    @GetMapping("/admin/facturation/devis/{id:[0-9]+}")
    String quote(@AuthenticationPrincipal StaffPrincipal user, @PathVariable long id, Model model) {
        OperatorOnly.require(user);
        return quotePage(model, quotes.find(id), null, Map.of());
    }

    @PostMapping("/admin/facturation/devis/{id:[0-9]+}/commande")
    String order(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("orderForm") BillingForms.OrderForm form,
            BindingResult result,
            Model model) {
        OperatorOnly.require(user);
        var quote = quotes.find(id);
        return forms.submit(
                result,
                errors -> quotePage(model, quote, form, errors),
                "engagementJuridique",
                () -> quoting.accept(
                        collectivites.findById(quote.collectiviteId()).orElseThrow(),
                        id,
                        new Quote.Order(
                                java.util.Objects.requireNonNull(form.accepteLe()),
                                form.engagementJuridique().strip(),
                                form.codeService().strip(),
                                form.siretPayeur(),
                                form.rue().strip() + "\n" + form.codePostal() + " "
                                        + form.ville().strip(),
                                form.courrielFacturation().strip()),
                        user.id()),
                "/admin/facturation/devis/" + id + "?commande");
    }

    @PostMapping("/admin/facturation/abonnements/{id:[0-9]+}/facture")
    String invoice(@AuthenticationPrincipal StaffPrincipal user, @PathVariable long id, Model model) {
        OperatorOnly.require(user);
        var subscription = subscriptions.find(id);
        try {
            var invoice = issuing.invoice(id, user.id());
            return "redirect:/admin/facturation/factures/" + invoice.id();
        } catch (BillingRefusal refusal) {
            model.addAttribute("refus", refusal.getMessage());
            return quotePage(model, quotes.find(subscription.devisId()), null, Map.of());
        }
    }

    private String collectivitePage(
            Model model, Collectivite c, String debut, Map<String, String> leftOut, Map<String, String> errors) {
        model.addAttribute("collectivite", c);
        model.addAttribute("schools", quoting.candidates(c));
        model.addAttribute("debut", debut);
        model.addAttribute("leftOut", leftOut);
        model.addAttribute("errors", errors);
        model.addAttribute("quotes", quotes.of(c.id()));
        model.addAttribute("subscriptions", subscriptions.of(c.id()));
        model.addAttribute("invoices", invoices.of(c.id()));
        model.addAttribute("suspended", subscriptions.suspended(c.id()));
        return "billing/operator-collectivite";
    }

    private String quotePage(
            Model model, Quote quote, BillingForms.@Nullable OrderForm form, Map<String, String> errors) {
        model.addAttribute("quote", quote);
        model.addAttribute(
                "collectivite", collectivites.findById(quote.collectiviteId()).orElseThrow());
        model.addAttribute("schools", quotes.schools(quote.id()));
        model.addAttribute("subscription", subscriptions.ofQuote(quote.id()).orElse(null));
        model.addAttribute(
                "invoices",
                subscriptions
                        .ofQuote(quote.id())
                        .map(s -> invoices.ofSubscription(s.id()))
                        .orElse(java.util.List.of()));
        model.addAttribute("form", form != null || quote.accepted() ? form : prefilled(quote));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("refus")) {
            model.addAttribute("refus", null);
        }
        return "billing/operator-quote";
    }

    /** A renewal's order starts from the previous one: same payer and service, a new engagement. */
    private BillingForms.@Nullable OrderForm prefilled(Quote quote) {
        return renewals.previousOrder(quote)
                .map(previous -> {
                    String[] address =
                            BillingForms.orEmpty(previous.adressePayeur()).split("\n", 2);
                    String[] town = (address.length > 1 ? address[1] : "").split(" ", 2);
                    return new BillingForms.OrderForm(
                            null,
                            "",
                            BillingForms.orEmpty(previous.codeService()),
                            BillingForms.orEmpty(previous.siretPayeur()),
                            address[0],
                            town[0],
                            town.length > 1 ? town[1] : "",
                            BillingForms.orEmpty(previous.courrielFacturation()));
                })
                .orElse(null);
    }

    private Collectivite find(String slug) {
        return collectivites.findBySlug(slug).orElseThrow(() -> new NotFoundException("Collectivité introuvable"));
    }
}
