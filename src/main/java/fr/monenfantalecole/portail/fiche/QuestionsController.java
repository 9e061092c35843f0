package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.JsonLd;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The questions-réponses zone of a collectivité's portal: themes, a theme's sheets, one sheet. */
@Controller
class QuestionsController {

    static final List<Niveau> FILTRES = List.of(Niveau.CRECHE, Niveau.MATERNELLE, Niveau.ELEMENTAIRE, Niveau.COLLEGE);

    private final QuestionsReponses questions;

    QuestionsController(QuestionsReponses questions) {
        this.questions = questions;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/questions")
    String index(
            Collectivite collectivite,
            Site site,
            @RequestParam(required = false) @Nullable String niveau,
            Model model) {
        var selected = niveau == null ? null : Niveau.fromCode(niveau).orElse(null);
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new QuestionsIndexView(
                        questions.themes(collectivite, site.basePath(), selected),
                        FILTRES,
                        selected == null ? "" : selected.code()));
        return "fiche/index";
    }

    @NoForeignId("thème national, page publique")
    @GetMapping("/{slug}/questions/{theme}")
    String theme(
            Collectivite collectivite,
            Site site,
            @PathVariable String theme,
            @RequestParam(required = false) @Nullable String niveau,
            Model model) {
        var selected = niveau == null ? null : Niveau.fromCode(niveau).orElse(null);
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new ThemeView(
                        questions.theme(theme),
                        questions.inTheme(collectivite, site.basePath(), theme, selected),
                        FILTRES,
                        selected == null ? "" : selected.code()));
        return "fiche/theme";
    }

    @GetMapping("/{slug}/questions/{theme}/{ref}")
    String page(
            Collectivite collectivite, Site site, @PathVariable String theme, @PathVariable String ref, Model model) {
        var page = questions.page(collectivite, site.basePath(), theme, ref);
        if (!page.canonicalUrl().endsWith("/" + ref)) {
            return "redirect:" + page.canonicalUrl();
        }
        model.addAttribute("site", site);
        model.addAttribute("page", page);
        model.addAttribute("jsonLd", faqPage(page, site));
        return "fiche/page";
    }

    /** schema.org FAQPage: the sheet's question and its answer as the page renders it. */
    static String faqPage(FicheViews.Page page, Site site) {
        String origin =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        var answer = JsonLd.nested("Answer");
        answer.put("text", page.brefHtml() + page.detailHtml());
        var question = JsonLd.nested("Question");
        question.put("name", page.titre());
        question.put("acceptedAnswer", answer);
        var faq = JsonLd.object("FAQPage");
        faq.put("name", page.titre());
        faq.put("url", origin + page.canonicalUrl());
        faq.put("inLanguage", "fr");
        JsonLd.put(
                faq,
                "dateModified",
                page.reviewedAt() == null ? null : page.reviewedAt().toString());
        faq.put("about", page.theme().libelle());
        var publisher = JsonLd.nested("GovernmentOrganization");
        publisher.put("name", site.nom());
        publisher.put("url", origin + site.home());
        faq.put("publisher", publisher);
        faq.put("mainEntity", List.of(question));
        return JsonLd.script(faq);
    }
}
