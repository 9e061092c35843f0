package fr.monenfantalecole.portail.agenda.web;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.agenda.EventCategory;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.SchoolOption;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.ManagedCollectivites;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Back office: a collectivité's events and its schools' events. */
@AdminController
class AgendaAdminController {

    private final ManagedCollectivites managed;
    private final AgendaEvents events;
    private final SchoolDirectory directory;
    private final AuditLog audit;
    private final fr.monenfantalecole.portail.agenda.Holidays holidays;

    AgendaAdminController(
            ManagedCollectivites managed,
            AgendaEvents events,
            SchoolDirectory directory,
            AuditLog audit,
            fr.monenfantalecole.portail.agenda.Holidays holidays) {
        this.holidays = holidays;
        this.managed = managed;
        this.events = events;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/admin/{slug}/agenda")
    String list(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var collectivite = managed.require(slug, user);
        var names = names(collectivite);
        var today = AgendaController.today();
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
                        .map(e -> new AgendaViews.Row(
                                e.id(),
                                e.titre(),
                                AgendaController.capitalise(e.quand()),
                                e.categorie().libelle(),
                                e.uai() == null ? null : names.getOrDefault(e.uai(), e.uai()),
                                e.exemple(),
                                e.lastDay().isBefore(today)))
                        .toList());
        return "agenda/admin-list";
    }

    @GetMapping("/admin/{slug}/agenda/nouvel")
    String create(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var collectivite = managed.require(slug, user);
        return form(model, collectivite, null, EventForm.empty(), Map.of());
    }

    @GetMapping("/admin/{slug}/agenda/{id:[0-9]{1,12}}")
    String edit(
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var collectivite = managed.require(slug, user);
        var event = find(collectivite, id);
        return form(model, collectivite, id, EventForm.of(event), Map.of());
    }

    @PostMapping({"/admin/{slug}/agenda/nouvel", "/admin/{slug}/agenda/{id:[0-9]{1,12}}"})
    String save(
            @PathVariable String slug,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute EventForm form,
            Model model) {
        var collectivite = managed.require(slug, user);
        if (id != null) {
            find(collectivite, id);
        }
        var validation = form.validate(uais(collectivite));
        AgendaEvent.Data data = validation.data();
        if (data == null) {
            return form(model, collectivite, id, form, validation.errors());
        }
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
    String delete(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal StaffPrincipal user) {
        var collectivite = managed.require(slug, user);
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
        model.addAttribute("schools", options(collectivite));
        return "agenda/admin-form";
    }

    private List<SchoolOption> options(Collectivite collectivite) {
        var presented = directory.presented(collectivite);
        boolean severalCommunes =
                presented.stream().map(Etablissement::codeCommune).distinct().count() > 1;
        return presented.stream()
                .sorted(Comparator.comparing(Etablissement::nomCommune).thenComparing(Etablissement::nom))
                .map(e -> new SchoolOption(e.uai(), severalCommunes ? e.nom() + " (" + e.nomCommune() + ")" : e.nom()))
                .toList();
    }

    private Set<String> uais(Collectivite collectivite) {
        Set<String> uais = new HashSet<>();
        directory.presented(collectivite).forEach(e -> uais.add(e.uai()));
        return uais;
    }

    private Map<String, String> names(Collectivite collectivite) {
        Map<String, String> names = new java.util.HashMap<>();
        directory.presented(collectivite).forEach(e -> names.put(e.uai(), e.nom()));
        return names;
    }
}
