package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.Grant;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.family.FamilySpace;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A school director's list of the pupils admitted to their school for the coming year, from the
 * requests the collectivité that invited them accepted. A school they do not direct is a 404; only
 * what the school needs is shown (name, birth date, class, request number).
 */
@AdminController
class DirectorEnrolmentController {

    private final FamilySpace space;
    private final Collectivites collectivites;
    private final Requests requests;
    private final Choices choices;
    private final Etablissements etablissements;

    DirectorEnrolmentController(
            FamilySpace space,
            Collectivites collectivites,
            Requests requests,
            Choices choices,
            Etablissements etablissements) {
        this.space = space;
        this.collectivites = collectivites;
        this.requests = requests;
        this.choices = choices;
        this.etablissements = etablissements;
    }

    @GetMapping("/admin/mes-etablissements/{uai}/inscriptions")
    String admitted(@PathVariable String uai, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        List<Long> scope = new ArrayList<>();
        for (Grant g : user.directedEstablishments()) {
            Long invitedBy = g.collectiviteId();
            if (uai.equals(g.etablissement()) && invitedBy != null) {
                collectivites.findById(invitedBy).ifPresent(c -> scope.addAll(space.managedBy(c)));
            }
        }
        if (scope.isEmpty()) {
            throw new NotFoundException("École non dirigée");
        }
        String year = choices.coming();
        Map<String, List<Request>> byClass = new LinkedHashMap<>();
        requests.admitted(scope, uai, year)
                .forEach(r -> byClass.computeIfAbsent(r.classe(), k -> new ArrayList<>())
                        .add(r));
        model.addAttribute("uai", uai);
        model.addAttribute("ecole", etablissements.find(uai).map(e -> e.nom()).orElse(uai));
        model.addAttribute("annee", year);
        model.addAttribute("parClasse", byClass);
        return "enrolment/director";
    }
}
