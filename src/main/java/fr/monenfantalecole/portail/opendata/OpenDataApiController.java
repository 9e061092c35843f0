package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.agenda.Agenda;
import fr.monenfantalecole.portail.agenda.AgendaCalendar;
import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.HolidayPeriod;
import fr.monenfantalecole.portail.fiche.FicheViews;
import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.news.Actualite;
import fr.monenfantalecole.portail.news.ActualiteView;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.school.SchoolPageSections;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API of a collectivité's content: sheets with its local data in place, news,
 * establishments and agenda. Everything is what its portal shows, nothing more.
 */
@RestController
@Tag(name = "Contenus", description = "Questions-réponses, actualités, établissements et agenda d'une collectivité")
class OpenDataApiController extends ApiSupport {

    static final int MAX_AGENDA_DAYS = 3 * 366;

    private final QuestionsReponses questions;
    private final Actualites actualites;
    private final SchoolDirectory directory;
    private final Agenda agenda;
    private final List<SchoolPageSections> sections;

    OpenDataApiController(
            Collectivites collectivites,
            QuestionsReponses questions,
            Actualites actualites,
            SchoolDirectory directory,
            Agenda agenda,
            List<SchoolPageSections> sections) {
        super(collectivites);
        this.sections = sections;
        this.questions = questions;
        this.actualites = actualites;
        this.directory = directory;
        this.agenda = agenda;
    }

    // ---- Questions-réponses -------------------------------------------------------------------

    @Schema(description = "Un thème des questions-réponses")
    record ThemeJson(String id, String label) {}

    @Schema(description = "Une fiche de la liste")
    record FicheItem(
            @Schema(description = "Référence : CAN-001 (nationale) ou L12 (fiche locale)")
            String id,

            ThemeJson theme,
            String title,

            @Schema(description = "Adresse de la fiche sur le portail")
            String url,

            @Schema(description = "Dernière révision du texte") @Nullable
            Instant updated,

            @Schema(description = "Fiche écrite par la collectivité elle-même")
            boolean local,

            @Schema(description = "Âge concerné : creche, maternelle, elementaire, college, tous")
            String level) {}

    record FicheList(String collectivite, int count, List<FicheItem> fiches) {}

    record Link(String label, @Nullable String url) {}

    record Related(String id, String title, String url) {}

    @Schema(description = "Une fiche avec les données locales de la collectivité insérées")
    record FicheJson(
            String id,
            ThemeJson theme,
            String level,
            String title,
            String url,
            @Nullable Instant updated,
            boolean local,
            @Schema(description = "« En bref », en HTML") String summaryHtml,
            @Schema(description = "« En détail », en HTML") String detailHtml,

            @Schema(description = "« En bref » en texte brut")
            String summaryText,

            List<Link> sources,
            List<Related> related) {}

    @GetMapping("/api/v1/{slug}/fiches")
    @Operation(
            summary = "Liste des fiches questions-réponses",
            description =
                    "Toutes les fiches que la collectivité publie (nationales non masquées et locales), thème par thème.")
    FicheList fiches(
            @Parameter(description = "Identifiant de la collectivité, par exemple fougeres") @PathVariable
                    String slug) {
        var c = collectivite(slug);
        var items = questions.all(c, basePath(c)).stream()
                .map(l -> new FicheItem(
                        l.summary().ref(),
                        new ThemeJson(l.theme().id(), l.theme().libelle()),
                        l.summary().titre(),
                        absolute(l.summary().url()),
                        l.updated(),
                        l.summary().locale(),
                        l.summary().niveau().code()))
                .toList();
        return new FicheList(c.slug(), items.size(), items);
    }

    @GetMapping("/api/v1/{slug}/fiches/{id}")
    @Operation(
            summary = "Une fiche questions-réponses",
            description =
                    "Le texte rendu (HTML assaini) avec les données locales de la collectivité à leur place : adresses, horaires, tarifs, démarches.")
    FicheJson fiche(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Référence de la fiche : CAN-001 ou L12") @PathVariable String id) {
        var c = collectivite(slug);
        var page = questions.page(c, basePath(c), id);
        return fiche(page);
    }

    static FicheJson fiche(FicheViews.Page page) {
        return new FicheJson(
                page.ref(),
                new ThemeJson(page.theme().id(), page.theme().libelle()),
                page.niveau().code(),
                page.titre(),
                absolute(page.canonicalUrl()),
                page.reviewedAt(),
                page.locale(),
                page.brefHtml(),
                page.detailHtml(),
                Html.text(page.brefHtml()),
                page.sources().stream().map(s -> new Link(s.libelle(), s.url())).toList(),
                page.liees().stream()
                        .map(l -> new Related(l.ref(), l.titre(), absolute(l.url())))
                        .toList());
    }

    // ---- Actualités ---------------------------------------------------------------------------

    @Schema(description = "Une actualité")
    record NewsJson(
            long id,
            String title,
            String summary,
            @Schema(description = "Date de publication") LocalDate date,

            @Schema(description = "Dossier national (sinon actualité de la collectivité)")
            boolean national,

            String url,
            @Nullable String imageUrl,
            @Nullable String imageAlt,

            @Schema(description = "Le texte, en HTML (seulement pour une actualité seule)") @Nullable
            String bodyHtml) {}

    record NewsList(String collectivite, int count, List<NewsJson> actualites) {}

    @GetMapping("/api/v1/{slug}/actualites")
    @Operation(
            summary = "Actualités publiées",
            description = "Les actualités visibles sur le portail, des plus récentes aux plus anciennes.")
    NewsList news(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Nombre maximal (1 à 100, 50 par défaut)") @RequestParam(defaultValue = "50")
                    int limit) {
        var c = collectivite(slug);
        var list = actualites.visible(c.id(), today(), Math.clamp(limit, 1, 100)).stream()
                .map(a -> news(a, c, false))
                .toList();
        return new NewsList(c.slug(), list.size(), list);
    }

    @GetMapping("/api/v1/{slug}/actualites/{id}")
    @Operation(summary = "Une actualité", description = "L'actualité avec son texte en HTML.")
    NewsJson newsItem(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Numéro de l'actualité") @PathVariable long id) {
        var c = collectivite(slug);
        var a = actualites
                .visible(c.id(), id, today())
                .orElseThrow(() -> new NotFoundException("Actualité introuvable : " + id));
        return news(a, c, true);
    }

    static NewsJson news(Actualite a, Collectivite c, boolean withBody) {
        var view = ActualiteView.of(a, basePath(c));
        return new NewsJson(
                a.id(),
                a.titre(),
                a.resume(),
                a.publieLe(),
                a.isNational(),
                absolute(view.url()),
                view.imageUrl() == null ? null : absolute(view.imageUrl()),
                view.imageAlt(),
                withBody ? view.corpsHtml() : null);
    }

    // ---- Établissements -----------------------------------------------------------------------

    @Schema(description = "Adresse postale")
    record Address(
            String street,
            @Nullable String postalCode,
            String commune,

            @Schema(description = "Code INSEE de la commune")
            String communeCode) {}

    @Schema(description = "Un établissement, d'après l'Annuaire de l'éducation")
    record SchoolJson(
            @Schema(description = "Code UAI") String uai,
            String name,
            String type,

            @Schema(description = "maternelle, elementaire, primaire ou college") @Nullable
            String level,

            @Schema(description = "PUBLIC ou PRIVE") @Nullable
            String status,

            Address address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String website,
            @Nullable Boolean canteen,
            @Nullable Boolean ulis,
            @Nullable Integer pupils,
            @Nullable String district,
            String url,

            @Schema(
                    description =
                            "Les rubriques choisies par la collectivité, dans son ordre, avec le contenu validé par la mairie"
                                    + " (seulement pour un établissement seul ; null dans la liste)")
            @Nullable
            List<RubriqueJson> rubriques) {}

    @Schema(description = "Un document joint à une rubrique")
    record DocumentJson(String name, String url, String size) {}

    @Schema(description = "Une rubrique de la page de l'établissement")
    record RubriqueJson(
            String title,

            @Schema(
                    description =
                            "Le contenu validé, en HTML nettoyé ; null si la rubrique n'est pas encore renseignée")
            @Nullable
            String html,

            @Schema(description = "Date de la dernière mise à jour publiée") @Nullable
            Instant updated,

            List<DocumentJson> documents) {}

    record SchoolList(String collectivite, int count, List<SchoolJson> etablissements) {}

    @GetMapping("/api/v1/{slug}/etablissements")
    @Operation(
            summary = "Établissements présentés",
            description = "Les écoles (et collèges, si la collectivité les présente) ouverts de son territoire.")
    SchoolList schools(@Parameter(description = "Identifiant de la collectivité") @PathVariable String slug) {
        var c = collectivite(slug);
        var list = directory.presented(c).stream().map(e -> school(e, c)).toList();
        return new SchoolList(c.slug(), list.size(), list);
    }

    @GetMapping("/api/v1/{slug}/etablissements/{uai}")
    @Operation(
            summary = "Un établissement",
            description = "L'identité de l'établissement tirée de l'Annuaire de l'éducation.")
    SchoolJson school(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Code UAI, par exemple 0350001A") @PathVariable String uai) {
        var c = collectivite(slug);
        var e = directory.page(c, uai);
        var rubriques = sections.stream()
                .flatMap(s -> s.sections(c, basePath(c), e.uai()).stream())
                .map(r -> new RubriqueJson(
                        r.titre(),
                        r.html(),
                        r.misAJour(),
                        r.documents().stream()
                                .map(d -> new DocumentJson(d.nom(), absolute(d.url()), d.taille()))
                                .toList()))
                .toList();
        var base = school(e, c);
        return new SchoolJson(
                base.uai(),
                base.name(),
                base.type(),
                base.level(),
                base.status(),
                base.address(),
                base.latitude(),
                base.longitude(),
                base.phone(),
                base.email(),
                base.website(),
                base.canteen(),
                base.ulis(),
                base.pupils(),
                base.district(),
                base.url(),
                rubriques);
    }

    static SchoolJson school(Etablissement e, Collectivite c) {
        return new SchoolJson(
                e.uai(),
                e.nom(),
                e.type(),
                e.niveau() == null ? null : e.niveau().code(),
                e.statut(),
                new Address(e.adresseComplete(), e.codePostal(), e.nomCommune(), e.codeCommune()),
                e.latitude(),
                e.longitude(),
                e.telephone(),
                e.mail(),
                e.siteWeb(),
                e.restauration(),
                e.ulis(),
                e.nombreEleves(),
                e.circonscription(),
                absolute(basePath(c) + "/ecoles/" + e.uai()),
                null);
    }

    // ---- Agenda -------------------------------------------------------------------------------

    @Schema(description = "Des vacances scolaires de l'académie")
    record HolidayJson(
            String id,
            String title,

            @Schema(description = "Premier jour sans classe")
            LocalDate start,

            @Schema(description = "Jour de la reprise, au matin (exclu)")
            LocalDate end,

            @Schema(description = "En clair") String description,
            @Nullable LocalDate teachersReturn) {}

    record SchoolRef(String uai, @Nullable String name, String url) {}

    @Schema(description = "Un événement de la collectivité ou de l'une de ses écoles")
    record EventJson(
            long id,
            String uid,
            String title,
            String category,
            String description,
            String location,
            boolean allDay,

            @Schema(description = "Début, heure de Paris avec son décalage")
            OffsetDateTime start,

            @Schema(
                    description =
                            "Fin, heure de Paris avec son décalage ; pour un événement sur des journées entières, "
                                    + "le lendemain du dernier jour à 0 h (exclu), comme dans le fichier iCalendar")
            OffsetDateTime end,

            @Nullable SchoolRef school,
            boolean example,
            String url,
            String ics) {}

    record AgendaJson(
            String collectivite,
            String academie,
            LocalDate from,
            LocalDate to,
            List<HolidayJson> holidays,
            List<EventJson> events) {}

    @GetMapping("/api/v1/{slug}/agenda")
    @Operation(
            summary = "Agenda : vacances scolaires et événements",
            description =
                    "Les vacances de l'académie de la collectivité et ses événements (et ceux de ses écoles) entre deux dates ; "
                            + "par défaut les douze prochains mois, au plus trois ans.")
    AgendaJson agenda(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Code UAI : seulement les événements de la collectivité et de cette école")
                    @RequestParam(required = false)
                    @Nullable
                    String ecole,
            @Parameter(description = "Premier jour (AAAA-MM-JJ), aujourd'hui par défaut")
                    @RequestParam(required = false)
                    @Nullable
                    String du,
            @Parameter(description = "Dernier jour inclus (AAAA-MM-JJ), dans douze mois par défaut")
                    @RequestParam(required = false)
                    @Nullable
                    String au) {
        var c = collectivite(slug);
        LocalDate from = date("du", du, today());
        LocalDate to = date("au", au, from.plusMonths(12));
        if (to.isBefore(from)) {
            throw new BadRequest("au doit être le même jour que du ou après.");
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_AGENDA_DAYS) {
            throw new BadRequest("La période demandée dépasse trois ans.");
        }
        String uai = ecole == null || ecole.isBlank()
                ? null
                : directory.page(c, ecole.strip()).uai();
        Map<String, String> names = new HashMap<>();
        directory.presented(c).forEach(e -> names.put(e.uai(), e.nom()));
        var holidays = agenda.holidays(c, from, to.plusDays(1)).stream()
                .map(OpenDataApiController::holiday)
                .toList();
        var events = agenda.events(c, uai, from, to.plusDays(1)).stream()
                .map(e -> event(e, c, names))
                .toList();
        return new AgendaJson(c.slug(), c.academie(), from, to, holidays, events);
    }

    static HolidayJson holiday(HolidayPeriod h) {
        return new HolidayJson(h.uid(), h.titre(), h.debut(), h.fin(), h.phrase(), h.teachersReturn());
    }

    static EventJson event(AgendaEvent e, Collectivite c, Map<String, String> names) {
        String base = basePath(c);
        return new EventJson(
                e.id(),
                e.uid().toString(),
                e.titre(),
                e.categorie().libelle(),
                e.description(),
                e.lieu(),
                e.journeeEntiere(),
                e.debut().atZone(AgendaCalendar.PARIS).toOffsetDateTime(),
                (e.journeeEntiere() ? e.lastDay().plusDays(1).atStartOfDay() : e.fin())
                        .atZone(AgendaCalendar.PARIS)
                        .toOffsetDateTime(),
                e.uai() == null
                        ? null
                        : new SchoolRef(e.uai(), names.get(e.uai()), absolute(base + "/ecoles/" + e.uai())),
                e.exemple(),
                absolute(base + "/agenda/" + e.id()),
                absolute(base + "/agenda/" + e.id() + ".ics"));
    }

    private static LocalDate date(String name, @Nullable String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            var d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new BadRequest(name + " doit être une date entre 2000 et 2100.");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " doit être une date au format AAAA-MM-JJ, par exemple 2026-09-01.");
        }
    }

    static LocalDate today() {
        return LocalDate.now(AgendaCalendar.PARIS);
    }
}
