package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.school.SchoolPageSections;
import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public side: the page of an establishment the collectivité runs, and published documents. */
@Controller
class PublicRubriqueController {

    private final SchoolPages pages;
    private final Rubriques rubriques;
    private final RubriqueContents contents;
    private final RubriqueDocuments documents;
    private final List<SchoolPageSections> sections;
    private final MapProperties map;

    PublicRubriqueController(
            SchoolPages pages,
            Rubriques rubriques,
            RubriqueContents contents,
            RubriqueDocuments documents,
            List<SchoolPageSections> sections,
            MapProperties map) {
        this.pages = pages;
        this.rubriques = rubriques;
        this.contents = contents;
        this.documents = documents;
        this.sections = sections;
        this.map = map;
    }

    @GetMapping("/{slug}/structures/{id:[0-9]+}")
    String structure(Collectivite collectivite, Site site, @PathVariable long id, Model model) {
        var s = pages.localStructure(collectivite.id(), id)
                .orElseThrow(() -> new NotFoundException("Structure introuvable"));
        model.addAttribute("site", site);
        model.addAttribute("structure", s);
        model.addAttribute("tuilesUrl", map.tuilesUrl());
        model.addAttribute("attribution", map.attribution());
        model.addAttribute(
                "sections",
                sections.stream()
                        .flatMap(x -> x.sections(collectivite, site.basePath(), s.pageKey()).stream())
                        .toList());
        return "rubrique/structure";
    }

    @GetMapping("/{slug}/etablissements/{key}/documents/{documentId:[0-9]+}")
    ResponseEntity<byte[]> document(
            Collectivite collectivite, @PathVariable String key, @PathVariable long documentId) {
        var e = pages.find(collectivite, key).orElseThrow(() -> new NotFoundException("Document introuvable"));
        var set = rubriques.resolve(collectivite).orElseThrow(() -> new NotFoundException("Document introuvable"));
        return Downloads.document(contents, documents, set, e.key(), documentId, true);
    }
}
