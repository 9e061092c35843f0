package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.JsonLd;
import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The schools of a collectivité, as parents look for them, and one page per school. */
@Controller
class SchoolController {

    private final SchoolDirectory directory;
    private final MapProperties map;
    private final List<SchoolPageSections> sections;

    private final List<SchoolPageLinks> links;

    SchoolController(
            SchoolDirectory directory,
            MapProperties map,
            List<SchoolPageSections> sections,
            List<SchoolPageLinks> links) {
        this.links = links;
        this.directory = directory;
        this.map = map;
        this.sections = sections;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/ecoles")
    String list(
            Collectivite collectivite,
            Site site,
            @RequestParam(required = false) @Nullable String niveau,
            @RequestParam(required = false) @Nullable String secteur,
            @RequestParam(required = false) @Nullable String commune,
            @RequestParam(required = false) @Nullable String nom,
            Model model) {
        var selectedNiveau = niveau == null ? null : Niveau.fromCode(niveau).orElse(null);
        Boolean publicOnly = "public".equals(secteur) ? Boolean.TRUE : "prive".equals(secteur) ? Boolean.FALSE : null;
        String communeFilter = commune == null || commune.isBlank() ? null : commune;
        String nomFilter = nom == null || nom.isBlank() ? null : nom.strip();
        var all = directory.presented(collectivite);
        var results = directory.list(
                collectivite, new SchoolDirectory.Filter(selectedNiveau, publicOnly, communeFilter, nomFilter));
        Map<String, String> communes = new TreeMap<>();
        all.forEach(e -> communes.put(e.codeCommune(), e.nomCommune()));
        List<Niveau> niveaux = new ArrayList<>();
        if (collectivite.afficherEcoles()) {
            niveaux.addAll(List.of(Niveau.MATERNELLE, Niveau.ELEMENTAIRE, Niveau.PRIMAIRE));
        }
        if (collectivite.afficherColleges()) {
            niveaux.add(Niveau.COLLEGE);
        }
        model.addAttribute("site", site);
        if (!collectivite.afficherColleges()) {
            directory
                    .collegesPresenter(collectivite)
                    .ifPresent(p -> model.addAttribute(
                            "collegesAilleurs",
                            new CollegesElsewhere(
                                    p.nom(),
                                    "/" + p.slug() + "/ecoles?niveau=college"
                                            + (collectivite.type() == CollectiviteType.COMMUNE
                                                            && collectivite.codeInsee() != null
                                                    ? "&commune=" + collectivite.codeInsee()
                                                    : ""))));
        }
        model.addAttribute(
                "autres",
                sections.stream()
                        .flatMap(s -> s.others(collectivite, site.basePath()).stream())
                        .toList());
        model.addAttribute(
                "view",
                new SchoolListView(
                        results,
                        all.size(),
                        niveaux,
                        communes.size() > 1
                                ? communes.entrySet().stream()
                                        .sorted(Map.Entry.comparingByValue())
                                        .map(e -> new CommuneOption(e.getKey(), e.getValue()))
                                        .toList()
                                : List.of(),
                        selectedNiveau == null ? "" : selectedNiveau.code(),
                        publicOnly == null ? "" : publicOnly ? "public" : "prive",
                        communeFilter == null ? "" : communeFilter,
                        nomFilter == null ? "" : nomFilter,
                        collectivite.afficherColleges() && !collectivite.afficherEcoles() ? "Collèges" : "Écoles"));
        return "school/list";
    }

    @GetMapping("/{slug}/ecoles/{uai}")
    String page(Collectivite collectivite, Site site, @PathVariable String uai, Model model) {
        var etablissement = directory.page(collectivite, uai);
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new SchoolPageView(
                        etablissement,
                        map.tuilesUrl(),
                        map.attribution(),
                        sections.stream()
                                .flatMap(s -> s
                                        .sections(
                                                collectivite,
                                                site.basePath(),
                                                new SchoolPageKey.Annuaire(etablissement.uai()))
                                        .stream())
                                .toList(),
                        site.link("/agenda?ecole=" + etablissement.uai()),
                        links.stream()
                                .flatMap(l -> l.links(collectivite, etablissement.uai()).stream())
                                .toList()));
        model.addAttribute("jsonLd", school(etablissement, site));
        return "school/page";
    }

    /** schema.org School (Preschool, ElementarySchool or MiddleSchool) with its address and position. */
    static String school(Etablissement e, Site site) {
        String origin =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String type = e.niveau() == null
                ? "School"
                : switch (e.niveau()) {
                    case MATERNELLE -> "Preschool";
                    case ELEMENTAIRE, PRIMAIRE -> "ElementarySchool";
                    case COLLEGE -> "MiddleSchool";
                };
        var school = JsonLd.object(type);
        school.put("name", e.nom());
        school.put("url", origin + site.link("/ecoles/" + e.uai()));
        school.put("identifier", e.uai());
        var address = JsonLd.nested("PostalAddress");
        JsonLd.put(address, "streetAddress", e.adresse1());
        JsonLd.put(address, "postalCode", e.codePostal());
        address.put("addressLocality", e.nomCommune());
        address.put("addressCountry", "FR");
        school.put("address", address);
        if (e.hasPosition()) {
            var geo = JsonLd.nested("GeoCoordinates");
            geo.put("latitude", e.latitude());
            geo.put("longitude", e.longitude());
            school.put("geo", geo);
        }
        JsonLd.put(school, "telephone", e.telephoneLisible());
        JsonLd.put(school, "email", e.mailLink());
        JsonLd.put(school, "sameAs", e.siteWebLink());
        JsonLd.put(school, "numberOfStudents", e.nombreEleves());
        return JsonLd.script(school);
    }
}
