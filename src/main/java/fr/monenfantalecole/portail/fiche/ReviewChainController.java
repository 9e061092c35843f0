package fr.monenfantalecole.portail.fiche;

import static fr.monenfantalecole.portail.fiche.EditorialAccess.requirePlatform;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.French;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform's settings of the editorial space: the review chain's steps and the corpus re-import. */
@AdminController
class ReviewChainController {

    private final ReviewChain chain;
    private final CorpusImport corpus;
    private final AuditLog audit;

    ReviewChainController(ReviewChain chain, CorpusImport corpus, AuditLog audit) {
        this.chain = chain;
        this.corpus = corpus;
        this.audit = audit;
    }

    @GetMapping("/admin/redaction/circuit")
    String chainPage(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        requirePlatform(user);
        model.addAttribute("steps", chain.steps());
        model.addAttribute("text", toText(chain.steps()));
        model.addAttribute("error", null);
        model.addAttribute("saved", false);
        return "fiche/redaction/circuit";
    }

    @PostMapping("/admin/redaction/circuit")
    String saveChain(@AuthenticationPrincipal StaffPrincipal user, @RequestParam String etapes, Model model) {
        requirePlatform(user);
        var parsed = ReviewChain.parse(etapes);
        String error = parsed.error();
        if (error == null && chain.versionsInReview() > 0) {
            int inReview = chain.versionsInReview();
            error = French.count(inReview, "version est", "versions sont")
                    + " en relecture : le circuit ne peut changer qu'une fois "
                    + French.agree(
                            inReview, "qu'elle est publiée ou renvoyée.", "qu'elles sont publiées ou renvoyées.");
        }
        if (error == null) {
            chain.replace(parsed.steps());
            audit.record(
                    null,
                    user.id(),
                    "CIRCUIT_MODIFIE",
                    "circuit",
                    "relecture",
                    toText(parsed.steps()).replace("\n", " ; "));
        }
        model.addAttribute("steps", chain.steps());
        model.addAttribute("text", error == null ? toText(chain.steps()) : etapes);
        model.addAttribute("error", error);
        model.addAttribute("saved", error == null);
        return "fiche/redaction/circuit";
    }

    @PostMapping("/admin/redaction/import")
    String reimport(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        requirePlatform(user);
        model.addAttribute("report", corpus.importCorpus(user.id()));
        return "fiche/redaction/import";
    }

    private static String toText(List<ReviewChain.Step> steps) {
        var text = new StringBuilder();
        steps.forEach(
                s -> text.append(s.role()).append(" | ").append(s.libelle()).append('\n'));
        return text.toString();
    }
}
