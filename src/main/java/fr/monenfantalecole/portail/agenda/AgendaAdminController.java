package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Back office: a collectivité's events and its schools' events. */
@AdminController
class AgendaAdminController {

    private final AgendaEvents events;
    private final AgendaSchools schools;
    private final AuditLog audit;
    private final Holidays holidays;
    private final Clock clock;
    private final FormErrors formErrors;

    AgendaAdminController(
            AgendaEvents events,
            AgendaSchools schools,
            AuditLog audit,
            Holidays holidays,
            Clock clock,
            FormErrors formErrors) {
        this.events = events;
        this.schools = schools;
        this.audit = audit;
        this.holidays = holidays;
        this.clock = clock;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/agenda")
    String list(@Managed Collectivite collectivite, Model model) {
        var names = schools.names(collectivite);
        var today = LocalDate.now(clock);
        model.addAttribute("collectivite", collectivite);
        // A misspelt académie would leave the agenda without holidays, silently: say so where it is fixed.
        model.addAttribute(
                "academieInconnue",
                holidays.knownUntil(collectivite.academie()).isEmpty()
                        ? String.join(", ", holidays.academies())
                        : null);
        model.addAttribute(
                "rows",
                events.all(collectivite.id()).stream()
                        .map(e -> new AgendaAdminViews.Row(
                                e.id(),
                                e.titre(),
                                AgendaViews.capitalise(e.quand()),
                                e.categorie().libelle(),
                                e.uai() == null ? null : names.getOrDefault(e.uai(), e.uai()),
                                e.exemple(),
                                e.lastDay().isBefore(today)))
                        .toList());
        return "agenda/admin-list";
    }

    @GetMapping("/admin/{slug}/agenda/nouvel")
    String create(@Managed Collectivite collectivite, Model model) {
        return form(model, collectivite, null, EventForm.empty(), Map.of());
    }

    @GetMapping("/admin/{slug}/agenda/{id:[0-9]{1,12}}")
    String edit(@Managed Collectivite collectivite, @PathVariable long id, Model model) {
        var event = find(collectivite, id);
        return form(model, collectivite, id, EventForm.of(event), Map.of());
    }

    @PostMapping({"/admin/{slug}/agenda/nouvel", "/admin/{slug}/agenda/{id:[0-9]{1,12}}"})
    String save(
            @Managed Collectivite collectivite,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            Model model) {
        if (id != null) {
            find(collectivite, id);
        }
        form.check(schools.uais(collectivite), result);
        if (result.hasErrors()) {
            return form(model, collectivite, id, form, formErrors.of(result));
        }
        AgendaEvent.Data data = form.data();
        if (id == null) {
            long created = events.create(collectivite.id(), data, user.id(), false);
            audit.record(
                    collectivite.id(),
                    user.id(),
                    "AGENDA_EVENEMENT_CREE",
                    "agenda_evenement",
                    String.valueOf(created),
                    data.titre());
        } else {
            events.update(collectivite.id(), id, data);
            audit.record(
                    collectivite.id(),
                    user.id(),
                    "AGENDA_EVENEMENT_MODIFIE",
                    "agenda_evenement",
                    String.valueOf(id),
                    data.titre());
        }
        return "redirect:/admin/" + collectivite.slug() + "/agenda";
    }

    @PostMapping("/admin/{slug}/agenda/{id:[0-9]{1,12}}/supprimer")
    String delete(
            @Managed Collectivite collectivite, @PathVariable long id, @AuthenticationPrincipal StaffPrincipal user) {
        var event = find(collectivite, id);
        events.delete(collectivite.id(), id);
        audit.record(
                collectivite.id(),
                user.id(),
                "AGENDA_EVENEMENT_SUPPRIME",
                "agenda_evenement",
                String.valueOf(id),
                event.titre());
        return "redirect:/admin/" + collectivite.slug() + "/agenda";
    }

    private AgendaEvent find(Collectivite collectivite, long id) {
        return events.find(collectivite.id(), id).orElseThrow(() -> new NotFoundException("Événement introuvable"));
    }

    private String form(
            Model model, Collectivite collectivite, @Nullable Long id, EventForm form, Map<String, String> errors) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("eventId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", List.of(EventCategory.values()));
        model.addAttribute("schools", schools.options(collectivite));
        return "agenda/admin-form";
    }
}
