package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.fiche.Themes;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PageFacts;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page of a collectivité's portal: best answer first, grouped by kind, never a dead end. */
@Controller
class SearchController {

    static final int MAX_QUERY = 200;

    private final SearchService search;
    private final Themes themes;
    private final LocalValues values;
    private final Answers answers;

    SearchController(SearchService search, Themes themes, LocalValues values, Answers answers) {
        this.search = search;
        this.themes = themes;
        this.values = values;
        this.answers = answers;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/recherche")
    String results(
            Collectivite collectivite,
            Site site,
            @RequestParam(required = false) @Nullable String q,
            HttpServletRequest request,
            Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        var index = search.index();
        var scope = search.scope(collectivite);
        List<SearchIndex.Hit> hits = query.isEmpty() ? List.of() : index.search(scope, query, 30);
        var groups = new LinkedHashMap<SearchDocument.Kind, List<SearchIndex.Hit>>();
        for (var kind : SearchDocument.Kind.values()) {
            var ofKind = hits.stream().filter(h -> h.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                groups.put(kind, ofKind);
            }
        }
        // The correction the ranking made, shown only above what it found (searching it again finds nothing more).
        String corrected = hits.isEmpty() ? null : index.correction(query);
        List<ThemeLink> closest = new ArrayList<>();
        if (hits.isEmpty()) {
            themes.all().stream()
                    .limit(6)
                    .forEach(t -> closest.add(new ThemeLink(t.libelle(), site.link("/questions/" + t.id()))));
        }
        // Counted by the audience measurement, with the query's normalised form (zero-result searches).
        request.setAttribute(PageFacts.SEARCH_RESULTS, hits.size());
        var local = values.of(collectivite.id());
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new SearchView(
                        query,
                        hits.size(),
                        !hits.isEmpty() && !search.answers(index, query, hits),
                        groups,
                        corrected,
                        closest,
                        local.getOrDefault("contact.service_scolaire.telephone", local.get("contact.mairie.telephone")),
                        local.get("contact.service_scolaire.email"),
                        answers.of(collectivite, query)));
        return "search/results";
    }
}
