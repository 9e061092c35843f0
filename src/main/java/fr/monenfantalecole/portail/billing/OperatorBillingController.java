package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivites;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The operator's billing desk: price lists, collectivités to quote, ending subscriptions, unpaid invoices. */
@AdminController
class OperatorBillingController {

    private final PriceLists prices;
    private final Quotes quotes;
    private final Subscriptions subscriptions;
    private final Invoices invoices;
    private final Collectivites collectivites;
    private final AuditLog audit;
    private final FormErrors formErrors;
    private final Clock clock;

    OperatorBillingController(
            PriceLists prices,
            Quotes quotes,
            Subscriptions subscriptions,
            Invoices invoices,
            Collectivites collectivites,
            AuditLog audit,
            FormErrors formErrors,
            Clock clock) {
        this.prices = prices;
        this.quotes = quotes;
        this.subscriptions = subscriptions;
        this.invoices = invoices;
        this.collectivites = collectivites;
        this.audit = audit;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/admin/facturation")
    String desk(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        OperatorOnly.require(user);
        return page(model, null, Map.of());
    }

    @PostMapping("/admin/facturation/tarifs")
    String addPriceList(
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("priceListForm") BillingForms.PriceListForm form,
            BindingResult result,
            Model model) {
        OperatorOnly.require(user);
        if (!result.hasErrors() && prices.exists(form.valableDu())) {
            result.rejectValue("valableDu", "billing.valableDu.pris");
        }
        if (result.hasErrors()) {
            return page(model, form, formErrors.of(result));
        }
        long id = prices.add(new PriceList(
                0,
                form.valableDu(),
                Euros.parse(form.prixEcole()),
                Euros.parse(form.prixCollege()),
                Euros.parse(form.minimumAnnuel()),
                optional(form.prixEcoleEpci()),
                optional(form.prixEcoleDept()),
                Math.toIntExact(Euros.parse(form.tauxTva())),
                form.prorata()));
        audit.record(
                null, user.id(), "tarif ajouté", "tarif_version", String.valueOf(id), "valable du " + form.valableDu());
        return "redirect:/admin/facturation?tarif";
    }

    private String page(
            Model model,
            BillingForms.@org.jspecify.annotations.Nullable PriceListForm form,
            Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("prices", prices.all());
        model.addAttribute("collectivites", collectivites.all());
        model.addAttribute("quotes", quotes.recent(20));
        model.addAttribute("ending", subscriptions.endingBetween(today, today.plusDays(90)));
        model.addAttribute("unpaid", invoices.unpaid());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today);
        model.addAttribute(
                "names",
                collectivites.all().stream().collect(java.util.stream.Collectors.toMap(c -> c.id(), c -> c.nom())));
        return "billing/operator";
    }

    private static @org.jspecify.annotations.Nullable Long optional(String amount) {
        return amount == null || amount.isBlank() ? null : Euros.parse(amount);
    }
}
