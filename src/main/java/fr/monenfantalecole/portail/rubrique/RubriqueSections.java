package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.school.SchoolPageKey;
import fr.monenfantalecole.portail.school.SchoolPageSections;
import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rubriques on an establishment's public page: every rubrique of the collectivité, in its
 * order, with the published content only (never a draft or a submission), sanitised.
 */
@Component
class RubriqueSections implements SchoolPageSections {

    private final Rubriques rubriques;
    private final RubriqueContents contents;
    private final RubriqueDocuments documents;
    private final SchoolPages pages;

    RubriqueSections(Rubriques rubriques, RubriqueContents contents, RubriqueDocuments documents, SchoolPages pages) {
        this.rubriques = rubriques;
        this.contents = contents;
        this.documents = documents;
        this.pages = pages;
    }

    @Override
    public List<OtherEstablishment> others(Collectivite collectivite, String basePath) {
        return pages.localStructures(collectivite.id()).stream()
                .map(s -> new OtherEstablishment(
                        s.nom(), s.natureLibelle(), s.adresse(), basePath + "/structures/" + s.id()))
                .toList();
    }

    @Override
    public List<Section> sections(Collectivite collectivite, String basePath, SchoolPageKey page) {
        String etablissement = page.ref();
        var set = rubriques.resolve(collectivite);
        if (set.isEmpty()) {
            return List.of();
        }
        var published = contents.published(
                set.get().rubriques().stream().map(Rubrique::id).toList(), etablissement);
        List<Section> sections = new ArrayList<>();
        for (Rubrique r : set.get().rubriques()) {
            var v = published.get(r.id());
            if (v == null || v.texte().isBlank()) {
                sections.add(new Section(r.titre(), null, null, List.of()));
                continue;
            }
            var attached = documents.of(v.id()).stream()
                    .map(d -> new Document(
                            d.nom(),
                            basePath + "/etablissements/" + etablissement + "/documents/" + d.id(),
                            d.tailleLisible()))
                    .toList();
            sections.add(new Section(r.titre(), RichText.markdownToHtml(v.texte()), v.publieLe(), attached));
        }
        return sections;
    }
}
