package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.FamilyPrincipal;
import fr.monenfantalecole.portail.family.FamilySpace;
import fr.monenfantalecole.portail.family.Household;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The family's requests in Mon espace: the list, one request with its status, the mairie's messages,
 * its proofs (downloaded as attachments, only by the household), proofs added while allowed, and the
 * certificat d'inscription once accepted. Another household's id is a 404.
 */
@Controller
class EnrolmentController {

    private final Household household;
    private final FamilySpace space;
    private final Offers offers;
    private final Requests requests;
    private final Proofs proofs;
    private final Messages messages;
    private final FollowUp followUp;
    private final Collectivites collectivites;
    private final Etablissements etablissements;
    private final FormErrors formErrors;

    EnrolmentController(
            Household household,
            FamilySpace space,
            Offers offers,
            Requests requests,
            Proofs proofs,
            Messages messages,
            FollowUp followUp,
            Collectivites collectivites,
            Etablissements etablissements,
            FormErrors formErrors) {
        this.formErrors = formErrors;
        this.household = household;
        this.space = space;
        this.offers = offers;
        this.requests = requests;
        this.proofs = proofs;
        this.messages = messages;
        this.followUp = followUp;
        this.collectivites = collectivites;
        this.etablissements = etablissements;
    }

    @NoForeignId("demandes du foyer de l'appelant")
    @GetMapping("/{slug}/mon-espace/inscriptions")
    String list(Collectivite collectivite, Site site, @AuthenticationPrincipal FamilyPrincipal me, Model model) {
        var adult = household.adult(me, collectivite);
        var shared = space.sharing(collectivite);
        model.addAttribute("site", site);
        model.addAttribute("offerte", offers.of(collectivite.id()).isPresent());
        model.addAttribute(
                "demandes",
                requests.ofHousehold(adult.id()).stream()
                        .filter(r -> shared.contains(r.collectiviteId()))
                        .toList());
        return "enrolment/mine";
    }

    @GetMapping("/{slug}/mon-espace/inscriptions/{id}")
    String show(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String deposee,
            Model model) {
        var request = mine(collectivite, me, id);
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("demande", request);
        model.addAttribute("deposee", deposee != null);
        model.addAttribute(
                "ecole", etablissements.find(request.uai()).map(e -> e.nom()).orElse(request.uai()));
        model.addAttribute("messages", messages.of(id));
        model.addAttribute("pieces", proofs.of(id));
        model.addAttribute("ajout", FollowUp.open(request.etat()));
        model.addAttribute("typesPieces", Piece.values());
        model.addAttribute("errors", Map.<String, String>of());
        return "enrolment/request";
    }

    @PostMapping("/{slug}/mon-espace/inscriptions/{id}/pieces")
    String addProof(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long id,
            @ModelAttribute("proofForm") ProofForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable MultipartFile fichier,
            Model model)
            throws IOException {
        var request = mine(collectivite, me, id);
        form.check(result);
        Map<String, String> errors = new LinkedHashMap<>(formErrors.of(result));
        if (!result.hasErrors()) {
            errors.putAll(followUp.addProofs(
                    me.adulteId(), id, form.type().orElseThrow(), fichier == null ? new byte[0] : fichier.getBytes()));
        }
        if (errors.isEmpty()) {
            return "redirect:" + site.link("/mon-espace/inscriptions/" + id);
        }
        show(collectivite, site, csrf, me, id, null, model);
        model.addAttribute("demande", request);
        model.addAttribute("errors", errors);
        return "enrolment/request";
    }

    @GetMapping("/{slug}/mon-espace/inscriptions/{id}/pieces/{pieceId}")
    ResponseEntity<byte[]> proof(
            Collectivite collectivite,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long id,
            @PathVariable long pieceId) {
        mine(collectivite, me, id);
        var proof = proofs.of(id, pieceId).orElseThrow(() -> new NotFoundException("Pièce introuvable"));
        return Downloads.attachment(proofs.bytes(proof), proof.typeContenu(), proof.nomFichier());
    }

    @GetMapping("/{slug}/mon-espace/inscriptions/{id}/certificat.pdf")
    ResponseEntity<byte[]> certificate(
            Collectivite collectivite, @AuthenticationPrincipal FamilyPrincipal me, @PathVariable long id) {
        var request = mine(collectivite, me, id);
        if (request.etat() != Statut.ACCEPTEE) {
            throw new NotFoundException("Pas de certificat avant l'acceptation");
        }
        var owner = collectivites.findById(request.collectiviteId()).orElseThrow();
        var school = etablissements.find(request.uai()).orElseThrow(() -> new NotFoundException("École inconnue"));
        return Downloads.attachment(
                Certificate.pdf(request, owner, school),
                "application/pdf",
                "certificat-inscription-" + request.numero() + ".pdf");
    }

    private Request mine(Collectivite collectivite, FamilyPrincipal me, long id) {
        var adult = household.adult(me, collectivite);
        return requests.ofHousehold(adult.id(), id)
                .filter(r -> space.sharing(collectivite).contains(r.collectiviteId()))
                .orElseThrow(() -> new NotFoundException("Demande introuvable"));
    }
}
