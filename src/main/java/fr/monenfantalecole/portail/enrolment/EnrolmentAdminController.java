package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.family.FamilySpace;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The agents' side of the inscription scolaire: the queue with its filters and CSV export, a request
 * with its proofs viewable inline, the actions with a message to the family, and the certificate.
 * A request of a collectivité the agent does not manage is a 404, as one that does not exist.
 */
@AdminController
class EnrolmentAdminController {

    private final FamilySpace space;
    private final Requests requests;
    private final Proofs proofs;
    private final Messages messages;
    private final Decisions decisions;
    private final Etablissements etablissements;
    private final FormErrors formErrors;

    EnrolmentAdminController(
            FamilySpace space,
            Requests requests,
            Proofs proofs,
            Messages messages,
            Decisions decisions,
            Etablissements etablissements,
            FormErrors formErrors) {
        this.space = space;
        this.requests = requests;
        this.proofs = proofs;
        this.messages = messages;
        this.decisions = decisions;
        this.etablissements = etablissements;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/inscriptions")
    String queue(@Managed Collectivite collectivite, QueueFilter filtre, Model model) {
        var list = requests.forAgents(space.managedBy(collectivite), filtre.filter());
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("filtre", filtre);
        model.addAttribute("statuts", Statut.values());
        model.addAttribute("demandes", list);
        model.addAttribute(
                "ecoles",
                etablissements.findAll(
                        list.stream().map(Request::uai).distinct().toList()));
        return "enrolment/queue";
    }

    @GetMapping("/admin/{slug}/inscriptions.csv")
    ResponseEntity<byte[]> export(@Managed Collectivite collectivite, QueueFilter filtre) {
        var list = requests.forAgents(space.managedBy(collectivite), filtre.filter());
        var csv = RequestsCsv.write(
                list, uai -> etablissements.find(uai).map(e -> e.nom()).orElse(uai));
        return Downloads.attachment(csv, "text/csv;charset=UTF-8", "inscriptions-" + collectivite.slug() + ".csv");
    }

    @GetMapping("/admin/{slug}/inscriptions/{id}")
    String show(@Managed Collectivite collectivite, @PathVariable long id, Model model) {
        model.addAttribute("decisionForm", DecisionForm.EMPTY);
        return page(collectivite, id, Map.of(), model);
    }

    @PostMapping("/admin/{slug}/inscriptions/{id}/statut")
    String decide(
            @Managed Collectivite collectivite,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model) {
        if (!result.hasFieldErrors("statut")
                && Statut.REFUSEE.name().equals(form.statut())
                && (form.motifRefus() == null || form.motifRefus().isBlank())) {
            result.rejectValue("motifRefus", "inscription.motifRefus.notBlank");
        }
        if (result.hasErrors()) {
            return page(collectivite, id, formErrors.of(result), model);
        }
        try {
            decisions.move(
                    collectivite,
                    space.managedBy(collectivite),
                    id,
                    Statut.valueOf(form.statut()),
                    form.messageText(),
                    form.motifRefus(),
                    user.id());
        } catch (IllegalTransition e) {
            return page(collectivite, id, Map.of("statut", String.valueOf(e.getMessage())), model);
        }
        return "redirect:/admin/" + collectivite.slug() + "/inscriptions/" + id;
    }

    @GetMapping("/admin/{slug}/inscriptions/{id}/pieces/{pieceId}")
    ResponseEntity<byte[]> proof(
            @Managed Collectivite collectivite, @PathVariable long id, @PathVariable long pieceId) {
        var request = request(collectivite, id);
        var proof = proofs.of(request.id(), pieceId).orElseThrow(() -> new NotFoundException("Pièce introuvable"));
        return Downloads.inline(proofs.bytes(proof), proof.typeContenu(), proof.nomFichier());
    }

    @GetMapping("/admin/{slug}/inscriptions/{id}/certificat.pdf")
    ResponseEntity<byte[]> certificate(@Managed Collectivite collectivite, @PathVariable long id) {
        var request = request(collectivite, id);
        if (request.etat() != Statut.ACCEPTEE) {
            throw new NotFoundException("Pas de certificat avant l'acceptation");
        }
        var school = etablissements.find(request.uai()).orElseThrow(() -> new NotFoundException("École inconnue"));
        return Downloads.attachment(
                Certificate.pdf(request, collectivite, school),
                "application/pdf",
                "certificat-inscription-" + request.numero() + ".pdf");
    }

    private String page(Collectivite collectivite, long id, Map<String, String> errors, Model model) {
        var request = request(collectivite, id);
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("demande", request);
        model.addAttribute(
                "ecole", etablissements.find(request.uai()).map(e -> e.nom()).orElse(request.uai()));
        model.addAttribute(
                "secteur",
                request.uaiSecteur() == null
                        ? ""
                        : etablissements
                                .find(request.uaiSecteur())
                                .map(e -> e.nom())
                                .orElse(request.uaiSecteur()));
        model.addAttribute("pieces", proofs.of(id));
        model.addAttribute("messages", messages.of(id));
        model.addAttribute(
                "actions",
                java.util.Arrays.stream(Statut.values())
                        .filter(s -> s.reachableFrom(request.etat()))
                        .toList());
        model.addAttribute("errors", errors);
        return "enrolment/admin-request";
    }

    private Request request(Collectivite collectivite, long id) {
        return requests.forAgents(space.managedBy(collectivite), id)
                .orElseThrow(() -> new NotFoundException("Demande introuvable"));
    }
}
