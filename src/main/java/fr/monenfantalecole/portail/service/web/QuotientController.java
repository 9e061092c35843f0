package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.service.QuotientFamilial;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Calculer mon quotient familial": the form (sent by POST, so that incomes never appear in an
 * address or a log) and the JSON endpoint. Nothing typed is stored.
 */
@Controller
class QuotientController {

    private final Collectivites collectivites;

    QuotientController(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    @GetMapping("/{slug}/services/quotient-familial")
    String form(Site site, CsrfToken csrf, Model model) {
        model.addAttribute("_csrf", csrf);
        model.addAttribute("site", site);
        model.addAttribute("form", QuotientForm.EMPTY);
        model.addAttribute("errors", Map.of());
        model.addAttribute("resultat", null);
        return "service/quotient";
    }

    @PostMapping("/{slug}/services/quotient-familial")
    String compute(Site site, @ModelAttribute QuotientForm form, CsrfToken csrf, Model model) {
        model.addAttribute("_csrf", csrf);
        var errors = form.errors();
        model.addAttribute("site", site);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("resultat", errors.isEmpty() ? QuotientFamilial.calcule(form.foyer(), form.methodeChoisie()) : null);
        return "service/quotient";
    }

    /** The calculation as JSON: parts, monthly resources (cents), quotient (euros) and the steps in words. */
    @GetMapping("/api/v1/{slug}/quotient-familial")
    @ResponseBody
    Map<String, Object> api(@PathVariable String slug, @RequestParam(defaultValue = "0") String revenus,
            @RequestParam(defaultValue = "0") String prestations, @RequestParam(defaultValue = "2") int adultes,
            @RequestParam(defaultValue = "0") int enfants,
            @RequestParam(name = "enfants_handicapes", defaultValue = "0") int enfantsHandicapes,
            @RequestParam(defaultValue = "caf") String methode) {
        collectivites.findBySlug(slug).orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
        var form = new QuotientForm(methode, revenus, prestations, String.valueOf(adultes), String.valueOf(enfants),
                String.valueOf(enfantsHandicapes));
        var errors = form.errors();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", errors.values()));
        }
        var r = QuotientFamilial.calcule(form.foyer(), form.methodeChoisie());
        var body = new LinkedHashMap<String, Object>();
        body.put("methode", r.methode().name().toLowerCase());
        body.put("parts", r.parts());
        body.put("ressources_mensuelles_centimes", r.ressourcesMensuellesCentimes());
        body.put("quotient", r.quotient());
        body.put("etapes", r.etapes());
        return body;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("erreur", e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("erreur", e.getMessage()));
    }

    static @Nullable Integer number(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
