package fr.monenfantalecole.portail.enrolment.web;

import fr.monenfantalecole.portail.enrolment.Application;
import fr.monenfantalecole.portail.enrolment.Choices;
import fr.monenfantalecole.portail.enrolment.Filing;
import fr.monenfantalecole.portail.enrolment.Level;
import fr.monenfantalecole.portail.enrolment.Offers;
import fr.monenfantalecole.portail.enrolment.Piece;
import fr.monenfantalecole.portail.family.Adult;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.family.FamilyPrincipal;
import fr.monenfantalecole.portail.family.Household;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A parent's new request, in two steps on one address: the child, year and class (checked against the
 * child's age), then the sector école found for the household's address, the choice, and the proofs.
 */
@Controller
class EnrolmentFormController {

    private final Household household;
    private final Children children;
    private final Choices choices;
    private final Offers offers;
    private final Filing filing;

    EnrolmentFormController(Household household, Children children, Choices choices, Offers offers, Filing filing) {
        this.household = household;
        this.children = children;
        this.choices = choices;
        this.offers = offers;
        this.filing = filing;
    }

    @NoForeignId("demande pour un enfant du foyer de l'appelant")
    @GetMapping("/{slug}/mon-espace/inscriptions/nouvelle")
    String form(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @RequestParam(required = false) @Nullable Long enfant,
            @RequestParam(defaultValue = "") String annee,
            @RequestParam(defaultValue = "") String niveau,
            Model model) {
        var adult = household.adult(me, collectivite);
        Map<String, String> errors = new LinkedHashMap<>();
        boolean asked = enfant != null || !niveau.isEmpty();
        if (asked) {
            errors.putAll(stepOne(adult, enfant, annee, niveau));
        }
        var fields =
                new Application(enfant, annee.isEmpty() ? choices.coming() : annee, niveau, "", "", "", "", Map.of());
        return page(collectivite, site, csrf, adult, fields, asked && errors.isEmpty(), errors, model);
    }

    @NoForeignId("demande pour un enfant du foyer de l'appelant")
    @PostMapping("/{slug}/mon-espace/inscriptions")
    String file(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            MultipartHttpServletRequest request,
            Model model) {
        var adult = household.adult(me, collectivite);
        if (offers.of(collectivite.id()).isEmpty()) {
            throw new NotFoundException("Pas d'inscription scolaire ici");
        }
        Map<Piece, byte[]> files = new EnumMap<>(Piece.class);
        for (Piece piece : Piece.values()) {
            var file = request.getFile(piece.champ());
            try {
                files.put(piece, file == null ? new byte[0] : file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var application = new Application(
                parseId(request.getParameter("enfant")),
                text(request.getParameter("annee")),
                text(request.getParameter("niveau")),
                text(request.getParameter("choix")),
                text(request.getParameter("ecole")),
                text(request.getParameter("motif")),
                text(request.getParameter("precision")),
                files);
        return switch (filing.file(collectivite, adult, application)) {
            case Filing.Filed f -> "redirect:" + site.link("/mon-espace/inscriptions/" + f.id() + "?deposee");
            case Filing.Invalid i -> {
                Map<String, String> errors = new LinkedHashMap<>(i.errors());
                if (files.values().stream().anyMatch(b -> b.length > 0)) {
                    errors.put("", "Les fichiers choisis n'ont pas été gardés : joignez-les de nouveau.");
                }
                boolean step2 = stepOne(adult, application.enfant(), application.annee(), application.niveau())
                        .isEmpty();
                yield page(collectivite, site, csrf, adult, application, step2, errors, model);
            }
        };
    }

    private Map<String, String> stepOne(Adult adult, @Nullable Long enfant, String annee, String niveau) {
        Map<String, String> errors = new LinkedHashMap<>();
        var child = enfant == null ? null : children.get(adult.id(), enfant).orElse(null);
        if (child == null) {
            errors.put("enfant", "Choisissez l'enfant à inscrire parmi ceux de votre foyer.");
        }
        if (!choices.years().contains(annee)) {
            errors.put("annee", "Choisissez l'année scolaire de l'inscription.");
        }
        var level = Level.of(niveau);
        if (level.isEmpty()) {
            errors.put("niveau", "Choisissez la classe demandée.");
        } else if (child != null && !errors.containsKey("annee")) {
            String refusal = level.get().refusal(child.dateNaissance(), Integer.parseInt(annee.substring(0, 4)));
            if (refusal != null) {
                errors.put("niveau", refusal);
            }
        }
        return errors;
    }

    private String page(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            Adult adult,
            Application a,
            boolean step2,
            Map<String, String> errors,
            Model model) {
        var offer =
                offers.of(collectivite.id()).orElseThrow(() -> new NotFoundException("Pas d'inscription scolaire ici"));
        var level = Level.of(a.niveau()).orElse(null);
        var child =
                a.enfant() == null ? null : children.get(adult.id(), a.enfant()).orElse(null);
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute(
                "page",
                new EnrolmentPage(
                        children.of(adult.id()),
                        choices.years(),
                        List.of(Level.values()),
                        offer,
                        a.enfant(),
                        a.annee(),
                        a.niveau(),
                        a.choix(),
                        a.ecole(),
                        a.motif(),
                        a.precision(),
                        step2 && level != null,
                        child,
                        step2 && level != null ? choices.sector(collectivite, adult, level) : null,
                        level == null ? List.of() : choices.schools(collectivite, level),
                        errors));
        return "enrolment/new";
    }

    private static @Nullable Long parseId(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
