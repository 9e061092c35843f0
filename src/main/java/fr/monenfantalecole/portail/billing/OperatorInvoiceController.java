package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.tenant.Collectivites;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** One invoice for the operator: its credit notes, payments and reminders, and the forms to add them. */
@AdminController
class OperatorInvoiceController {

    private final Invoices invoices;
    private final InvoiceIssuing issuing;
    private final PaymentRecording recording;
    private final Payments payments;
    private final Reminders reminders;
    private final Collectivites collectivites;
    private final OperatorForms forms;

    OperatorInvoiceController(
            Invoices invoices,
            InvoiceIssuing issuing,
            PaymentRecording recording,
            Payments payments,
            Reminders reminders,
            Collectivites collectivites,
            OperatorForms forms) {
        this.invoices = invoices;
        this.issuing = issuing;
        this.recording = recording;
        this.payments = payments;
        this.reminders = reminders;
        this.collectivites = collectivites;
        this.forms = forms;
    }

    @GetMapping("/admin/facturation/factures/{id:[0-9]+}")
    String invoice(@AuthenticationPrincipal StaffPrincipal user, @PathVariable long id, Model model) {
        OperatorOnly.require(user);
        return page(model, invoices.find(id), null, null, Map.of());
    }

    @PostMapping("/admin/facturation/factures/{id:[0-9]+}/avoir")
    String creditNote(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("creditNoteForm") BillingForms.CreditNoteForm form,
            BindingResult result,
            Model model) {
        OperatorOnly.require(user);
        var invoice = invoices.find(id);
        return forms.submit(
                result,
                errors -> page(model, invoice, form, null, errors),
                "montantHt",
                () -> issuing.creditNote(
                        id, Euros.parse(form.montantHt()), form.motif().strip(), user.id()),
                "/admin/facturation/factures/" + id + "?avoir");
    }

    @PostMapping("/admin/facturation/factures/{id:[0-9]+}/paiement")
    String payment(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("paymentForm") BillingForms.PaymentForm form,
            BindingResult result,
            Model model) {
        OperatorOnly.require(user);
        var invoice = invoices.find(id);
        return forms.submit(
                result,
                errors -> page(model, invoice, null, form, errors),
                "montant",
                () -> recording.record(
                        id,
                        form.recuLe(),
                        Euros.parse(form.montant()),
                        form.referenceMandat().strip(),
                        user.id()),
                "/admin/facturation/factures/" + id + "?paiement");
    }

    private String page(
            Model model,
            Invoice invoice,
            BillingForms.@Nullable CreditNoteForm creditNote,
            BillingForms.@Nullable PaymentForm payment,
            Map<String, String> errors) {
        model.addAttribute("invoice", invoice);
        model.addAttribute(
                "collectivite", collectivites.findById(invoice.collectiviteId()).orElseThrow());
        model.addAttribute("creditNotes", invoices.creditNotesOf(invoice.id()));
        model.addAttribute("payments", payments.ofInvoice(invoice.id()));
        model.addAttribute("reminders", reminders.of(invoice.id()));
        model.addAttribute("due", invoice.creditNote() ? 0L : recording.due(invoice.id()));
        model.addAttribute("creditNote", creditNote);
        model.addAttribute("payment", payment);
        model.addAttribute("errors", errors);
        return "billing/operator-invoice";
    }
}
