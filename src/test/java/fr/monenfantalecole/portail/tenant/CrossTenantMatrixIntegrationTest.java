package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Campaign: every route of the portal's handler mappings that takes an id (or a collectivité's back
 * office) is called, GET and POST with a valid CSRF token, by the admin, the agent and a director of
 * another collectivité, and anonymously, with the victim's ids — Rennes against Fougères and
 * Fougères against Rennes. Every answer must be 403 or 404 (405 for a method the route does not
 * declare, the login page for anonymous visitors of the back office), and no table may change. A
 * route added without an id resolver below, nor listed in {@link #NO_FOREIGN_ID}, fails the test.
 */
@PortailTest
class CrossTenantMatrixIntegrationTest {

    /** Routes that take no foreign id: public pages of a slug by design, or the caller's own pages. */
    static final Map<String, String> NO_FOREIGN_ID = Map.ofEntries(
            Map.entry("/", "accueil de la plateforme"),
            Map.entry("/robots.txt", "public"),
            Map.entry("/admin", "tableau de bord de l'appelant"),
            Map.entry("/admin/connexion", "page de connexion"),
            Map.entry("/admin/mes-etablissements", "établissements de l'appelant"),
            Map.entry("/admin/invitation", "porteur du jeton d'invitation (secret, haché en base, gardé en session)"),
            Map.entry("/admin/connexion/code", "second facteur de l'appelant"),
            Map.entry("/admin/mon-compte/mot-de-passe", "mot de passe de l'appelant"),
            Map.entry("/admin/mon-compte/double-authentification", "second facteur de l'appelant"),
            Map.entry("/admin/mon-compte/double-authentification/commencer", "second facteur de l'appelant"),
            Map.entry("/admin/mon-compte/double-authentification/confirmer", "second facteur de l'appelant"),
            Map.entry("/admin/mot-de-passe-oublie", "demande de lien, même réponse pour toute adresse"),
            Map.entry("/admin/mot-de-passe/nouveau", "porteur du jeton de réinitialisation (secret, haché en base)"),
            Map.entry("/{slug}", "page publique"),
            Map.entry("/{slug}/", "page publique"),
            Map.entry("/{slug}/actualites", "page publique"),
            Map.entry("/{slug}/compte/connexion", "connexion famille"),
            Map.entry("/{slug}/compte/deconnexion", "déconnexion de l'appelant"),
            Map.entry("/{slug}/compte/inscription", "création d'un compte famille"),
            Map.entry(
                    "/{slug}/compte/invitation",
                    "porteur du jeton d'invitation (secret, haché en base, gardé en session)"),
            Map.entry("/{slug}/compte/mot-de-passe-oublie", "demande de lien, même réponse pour toute adresse"),
            Map.entry(
                    "/{slug}/compte/mot-de-passe/nouveau",
                    "porteur du jeton de réinitialisation (secret, haché en base)"),
            Map.entry("/{slug}/compte/verification", "porteur du jeton de vérification (secret, haché en base)"),
            Map.entry("/{slug}/donnees-personnelles", "page publique"),
            Map.entry("/{slug}/mon-espace", "foyer de l'appelant"),
            Map.entry("/{slug}/mon-espace/agenda/lien", "lien d'agenda de l'appelant"),
            Map.entry("/{slug}/mon-espace/agenda/lien/supprimer", "lien d'agenda de l'appelant"),
            Map.entry("/{slug}/mon-espace/autorises", "adultes autorisés de l'appelant"),
            Map.entry("/{slug}/mon-espace/compte", "compte de l'appelant"),
            Map.entry("/{slug}/mon-espace/compte/mot-de-passe", "mot de passe de l'appelant"),
            Map.entry("/{slug}/mon-espace/compte/supprimer", "compte de l'appelant"),
            Map.entry("/{slug}/mon-espace/donnees.json", "données de l'appelant"),
            Map.entry("/{slug}/mon-espace/donnees.pdf", "données de l'appelant"),
            Map.entry("/{slug}/mon-espace/enfants", "ajout d'un enfant au foyer de l'appelant"),
            Map.entry("/{slug}/mon-espace/enfants/nouveau", "formulaire vide"),
            Map.entry("/{slug}/mon-espace/foyer", "foyer de l'appelant"),
            Map.entry("/{slug}/mon-espace/foyer/profil", "coordonnées de l'appelant"),
            Map.entry("/{slug}/mon-espace/invitation/accepter", "jeton gardé dans la session de l'appelant"),
            Map.entry("/{slug}/mon-espace/invitations", "invitation envoyée par l'appelant"),
            Map.entry("/{slug}/mon-espace/rattacher", "compte de l'appelant"),
            Map.entry("/admin/{slug}/familles", "recherche bornée aux familles de la collectivité gérée"),
            Map.entry("/plateforme/famille/oidc/deconnecte", "retour du fournisseur d'identité, sans identifiant"),
            Map.entry("/{slug}/compte/franceconnect", "début de la connexion par le fournisseur d'identité"),
            Map.entry("/{slug}/compte/franceconnect/inscription", "identité en attente dans la session de l'appelant"),
            Map.entry("/{slug}/compte/franceconnect/liaison", "identité en attente dans la session de l'appelant"),
            Map.entry("/{slug}/mesure-d-audience", "page publique"),
            Map.entry("/{slug}/mon-espace/inscriptions", "demandes du foyer de l'appelant"),
            Map.entry("/{slug}/mon-espace/inscriptions/nouvelle", "demande pour un enfant du foyer de l'appelant"),
            Map.entry("/{slug}/mon-espace/periscolaire", "inscriptions du foyer de l'appelant"),
            Map.entry("/{slug}/mon-espace/periscolaire/quotient", "quotient déclaré par l'appelant"),
            Map.entry("/{slug}/actualites.rss", "flux public"),
            Map.entry("/{slug}/actualites.atom", "flux public"),
            Map.entry("/{slug}/agenda", "page publique"),
            Map.entry("/{slug}/agenda.ics", "flux public"),
            Map.entry("/{slug}/donnees-ouvertes", "page publique"),
            Map.entry("/{slug}/ecoles", "page publique"),
            Map.entry("/{slug}/flux/fiches.xml", "flux public"),
            Map.entry("/{slug}/logo", "image publique"),
            Map.entry("/{slug}/questions", "page publique"),
            Map.entry("/{slug}/questions/{theme}", "thème national, page publique"),
            Map.entry("/{slug}/recherche", "page publique"),
            Map.entry("/{slug}/services", "page publique"),
            Map.entry("/{slug}/services/carte-scolaire", "page publique"),
            Map.entry("/{slug}/services/quotient-familial", "calcul public, rien d'enregistré"),
            Map.entry("/{slug}/services/tarifs", "page publique"),
            Map.entry("/{slug}/sitemap.xml", "public"),
            Map.entry("/{slug}/theme.css", "public"),
            Map.entry("/api/v1/{slug}/actualites", "API publique"),
            Map.entry("/api/v1/{slug}/agenda", "API publique"),
            Map.entry("/api/v1/{slug}/carte-scolaire", "API publique"),
            Map.entry("/api/v1/{slug}/carte-scolaire/voies", "API publique"),
            Map.entry("/api/v1/{slug}/etablissements", "API publique"),
            Map.entry("/api/v1/{slug}/fiches", "API publique"),
            Map.entry("/api/v1/{slug}/quotient-familial", "API publique"),
            Map.entry("/api/v1/{slug}/recherche", "API publique"),
            Map.entry("/api/v1/{slug}/suggestions", "API publique"),
            Map.entry("/api/v1/{slug}/tarifs", "API publique"));

    /** Back-office routes of the platform and the national editorial team: no collectivité role may use them. */
    static final List<String> PLATFORM_PREFIXES = List.of(
            "/admin/redaction",
            "/admin/vacances-scolaires",
            "/admin/plateforme",
            "/admin/collectivites",
            "/admin/facturation");

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffUsers users;

    @Autowired
    fr.monenfantalecole.portail.mail.OutboxDelivery delivery;

    @Autowired
    Collectivites collectivites;

    @Autowired
    fr.monenfantalecole.portail.billing.Quoting quoting;

    @Autowired
    fr.monenfantalecole.portail.billing.PriceLists prices;

    @Autowired
    fr.monenfantalecole.portail.billing.InvoiceIssuing issuing;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The ids of one collectivité's objects, and who works there. */
    record Tenant(
            String slug,
            long id,
            String school,
            Map<String, String> ids,
            String admin,
            String agent,
            String director) {}

    @Test
    void noRouteAnswersAnotherCollectivitesStaffWithItsObjectsAndNothingChanges() throws Exception {
        var fougeres = tenant("fougeres", "0350256N", "agent.ecoles@fougeres.demo", "directeur.0350256n@fougeres.demo");
        String rennesSchool = jdbc.queryForObject("""
                select uai from etablissement where code_commune = '35238' and ecole_elementaire and ouvert
                order by uai limit 1""", String.class);
        var rennes = tenant("rennes", rennesSchool, "agent.ecoles@rennes.test", "directeur@rennes.test");
        var routes = routes();
        // Mail queued by earlier tests is sent now, not by the outbox worker in the middle of the
        // matrix (its sending marks the rows, which the checksum would count as a change).
        delivery.deliverDue(java.time.Instant.now().plusSeconds(3600));
        String before = checksum();

        int requests = 0;
        List<String> leaks = new ArrayList<>();
        for (var pair : List.of(List.of(rennes, fougeres), List.of(fougeres, rennes))) {
            Tenant attacker = pair.get(0);
            Tenant victim = pair.get(1);
            var roles = new LinkedHashMap<String, @Nullable RequestPostProcessor>();
            roles.put("admin " + attacker.slug(), staff.as(attacker.admin()));
            roles.put("agent " + attacker.slug(), staff.as(attacker.agent()));
            roles.put("directeur " + attacker.slug(), staff.as(attacker.director()));
            roles.put("anonyme", null);
            for (var route : routes.entrySet()) {
                for (String uri : uris(route.getKey(), attacker, victim)) {
                    for (var role : roles.entrySet()) {
                        for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
                            var answer = mvc.perform(request(method, uri, role.getValue()))
                                    .andReturn()
                                    .getResponse();
                            requests++;
                            boolean declared = route.getValue().isEmpty()
                                    || route.getValue().contains(method);
                            if (!refused(
                                    answer.getStatus(),
                                    answer.getRedirectedUrl(),
                                    declared,
                                    role.getValue() == null,
                                    uri)) {
                                leaks.add(method + " " + uri + " as " + role.getKey() + " → " + answer.getStatus()
                                        + (answer.getRedirectedUrl() == null ? "" : " " + answer.getRedirectedUrl()));
                            }
                        }
                    }
                }
            }
        }

        System.out.printf(
                "CAMPAGNE isolation : %d routes de l'application, %d avec un identifiant ou un back office "
                        + "essayées, %d listées sans identifiant étranger ; %d requêtes (routes × 4 rôles × GET/POST × 2 sens), "
                        + "%d fuite(s)%n",
                routes.size() + NO_FOREIGN_ID.size(), routes.size(), NO_FOREIGN_ID.size(), requests, leaks.size());
        assertThat(leaks)
                .as("réponses autres que 403/404 à un appelant étranger")
                .isEmpty();
        assertThat(checksum()).as("tables modifiées par des appels refusés").isEqualTo(before);

        // Positive control: a matrix that answered 404 to everyone would pass the lines above. The
        // same GET routes, with the same ids, by the collectivité's own staff under its own slug.
        var controls = new TreeMap<String, Integer>();
        for (Tenant owner : List.of(fougeres, rennes)) {
            for (var route : routes.entrySet()) {
                String pattern = route.getKey();
                boolean get = route.getValue().isEmpty() || route.getValue().contains(RequestMethod.GET);
                // A household's own pages need a family session: FamilyAccountIntegrationTest is their control.
                if (!get
                        || variables(pattern).stream().allMatch(v -> v.equals("slug"))
                        || pattern.contains("/mon-espace/")) {
                    continue;
                }
                String uri = substitute(pattern, variable -> value(pattern, variable, owner.slug(), owner));
                int status;
                try {
                    status = mvc.perform(request(RequestMethod.GET, uri, rightful(pattern, owner)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                } catch (jakarta.servlet.ServletException e) {
                    // Raised through MockMvc: what a browser would see as a 500.
                    status = 500;
                }
                controls.put(owner.slug() + " GET " + pattern, status);
            }
        }
        var notServed = new TreeMap<>(controls);
        notServed.values().removeIf(status -> status == 200);
        System.out.printf(
                "CAMPAGNE isolation, contrôle positif : %d requêtes GET avec identifiant par le personnel de la "
                        + "collectivité elle-même, %d en 200, autres : %s%n",
                controls.size(), controls.size() - notServed.size(), notServed);
        // A matrix whose requests never reach a handler (a wrong id, a wrong user, a broken request
        // builder) answers 404 to its owner too: most of the same requests must be served.
        assertThat(controls.size() - notServed.size())
                .as("requêtes servies (200) à leur titulaire légitime, sur %d : %s", controls.size(), notServed)
                .isGreaterThanOrEqualTo(controls.size() * 3 / 4);
    }

    /** Who may use this route for the owner's objects: its director, its admin, the operator, or anyone. */
    private @Nullable RequestPostProcessor rightful(String pattern, Tenant owner) {
        if (pattern.startsWith("/admin/mes-etablissements")) {
            return staff.as(owner.director());
        }
        if (pattern.startsWith("/admin/{slug}")) {
            return staff.as(owner.admin());
        }
        return pattern.startsWith("/admin/") ? staff.platform() : null;
    }

    /** Every mapped route of the portal not listed as public; fails on a route neither covered nor listed. */
    private Map<String, Set<RequestMethod>> routes() {
        var covered = new TreeMap<String, Set<RequestMethod>>();
        var uncovered = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("fr.monenfantalecole.portail")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (NO_FOREIGN_ID.containsKey(pattern)) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                covered.computeIfAbsent(pattern, p -> new TreeSet<>()).addAll(methods);
                if (!resolvable(pattern)) {
                    uncovered.add(pattern);
                }
            }
        });
        assertThat(uncovered)
                .as("routes ni couvertes par la matrice ni listées dans NO_FOREIGN_ID")
                .isEmpty();
        assertThat(covered).hasSizeGreaterThan(80);
        return covered;
    }

    private static boolean resolvable(String pattern) {
        return pattern.startsWith("/admin/") || variables(pattern).stream().anyMatch(v -> !v.equals("slug"));
    }

    private static List<String> variables(String pattern) {
        var names = new ArrayList<String>();
        substitute(pattern, name -> {
            names.add(name);
            return "";
        });
        return names;
    }

    /** The pattern with each {variable} or {variable:regex} (whose regex may hold braces) replaced. */
    private static String substitute(String pattern, java.util.function.Function<String, String> value) {
        var out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            while (depth > 0) {
                char d = pattern.charAt(j++);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
            }
            String inside = pattern.substring(i + 1, j - 1);
            out.append(value.apply(inside.contains(":") ? inside.substring(0, inside.indexOf(':')) : inside));
            i = j;
        }
        return out.toString();
    }

    /**
     * The addresses to try for one route: the attacker's own slug with the victim's ids, and (for the
     * back office) the victim's slug too. The attacker's own slug alone is their own back office, and
     * public routes are tried under the attacker's slug only: under the victim's, they are public.
     */
    private List<String> uris(String pattern, Tenant attacker, Tenant victim) {
        boolean foreignId = variables(pattern).stream().anyMatch(v -> !v.equals("slug"));
        var slugs = new ArrayList<String>();
        if (foreignId || !pattern.contains("{slug}")) {
            slugs.add(attacker.slug());
        }
        if (pattern.startsWith("/admin/") && pattern.contains("{slug}")) {
            slugs.add(victim.slug());
        }
        var uris = new ArrayList<String>();
        for (String slug : slugs) {
            uris.add(substitute(pattern, variable -> value(pattern, variable, slug, victim)));
        }
        return uris;
    }

    /** The victim's object each path variable names, told apart by the segment before it. */
    private static String value(String pattern, String variable, String slug, Tenant victim) {
        // The last literal segment before the variable: "agenda" in /admin/{slug}/agenda/{id}.
        var literals = java.util.Arrays.stream(
                        pattern.substring(0, pattern.indexOf("{" + variable)).split("/"))
                .filter(x -> !x.isEmpty() && !x.contains("{"))
                .toList();
        String segment = literals.isEmpty() ? "" : literals.getLast();
        var ids = victim.ids();
        return switch (variable) {
            case "slug" -> slug;
            case "key", "uai" -> victim.school();
            case "theme" -> ids.get("theme");
            case "ficheId" -> "L" + ids.get("fiche");
            case "rubriqueId" -> ids.get("rubrique");
            case "documentId" -> ids.get("document");
            case "userId" -> ids.get("director");
            case "direction" -> "monter";
            case "action" -> pattern.contains("actualites") ? "masquer" : "valider";
            case "level" -> "elementaire";
            case "token" -> "jeton-invente";
            case "secret" -> "secret-invente";
            case "child" -> ids.get("enfant");
            case "pieceId" -> ids.get("piece");
            case "activity" -> ids.get("activite");
            case "year" -> "2070";
            case "versionId" -> pattern.startsWith("/admin/redaction") ? ids.get("ficheVersion") : ids.get("version");
            case "ref" -> pattern.contains("actualites") ? ids.get("news") : "L" + ids.get("fiche");
            case "id" ->
                switch (segment) {
                    case "agenda" -> ids.get("event");
                    case "actualites" -> ids.get("news");
                    case "tarifs" -> ids.get("prestation");
                    case "liens" -> ids.get("lien");
                    case "locales" -> ids.get("fiche");
                    case "structures" -> ids.get("structure");
                    case "rubriques" -> ids.get("rubrique");
                    case "enfants" -> ids.get("enfant");
                    case "autorises" -> ids.get("autorise");
                    case "invitations" -> ids.get("invitation");
                    case "familles" -> ids.get("famille");
                    case "inscriptions" -> ids.get("inscription");
                    case "fermetures" -> ids.get("fermeture");
                    case "activites" -> ids.get("activite");
                    case "abonnements" -> ids.get("abonnement");
                    case "devis" -> ids.get("devis");
                    case "factures" -> ids.get("facture");
                    case "fiches" -> pattern.startsWith("/admin/redaction") ? "CAN-001" : "L" + ids.get("fiche");
                    case "import" ->
                        pattern.contains("etablissements")
                                ? ids.get("annuaireUpload")
                                : pattern.contains("carte-scolaire")
                                        ? ids.get("sectorUpload")
                                        : UUID.randomUUID().toString();
                    default -> throw new AssertionError("identifiant sans résolveur dans " + pattern);
                };
            default -> throw new AssertionError("variable {" + variable + "} sans résolveur dans " + pattern);
        };
    }

    private static boolean refused(
            int status, @Nullable String redirect, boolean declared, boolean anonymous, String uri) {
        if (status == 403 || status == 404) {
            return true;
        }
        if (status == 405 && !declared) {
            return true;
        }
        // The household's pages send whoever is not the family signed in to the family login.
        if (status == 302
                && redirect != null
                && uri.contains("/mon-espace/")
                && redirect.endsWith("/compte/connexion")) {
            return true;
        }
        return anonymous
                && uri.startsWith("/admin/")
                && status == 302
                && redirect != null
                && redirect.endsWith("/admin/connexion");
    }

    private static RequestBuilder request(RequestMethod method, String uri, @Nullable RequestPostProcessor user) {
        if (method == RequestMethod.GET) {
            // The query parameters GET routes require (versions compared), so that the call reaches the checks.
            var request = get(uri).param("de", "1").param("a", "2");
            return user == null ? request : request.with(user);
        } else {
            // Every file part and field the back office's forms read, filled as a valid form would be.
            var csv = "UAI;Nom\r\n".getBytes(StandardCharsets.UTF_8);
            var request = multipart(uri)
                    .file(new MockMultipartFile("fichier", "f.csv", "text/csv", csv))
                    .file(new MockMultipartFile("geojson", "s.geojson", "application/geo+json", "{}".getBytes()))
                    .file(new MockMultipartFile("logo", "logo.png", "image/png", new byte[] {1, 2, 3}))
                    .file(new MockMultipartFile("document", "d.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                    .file(new MockMultipartFile("image", "i.png", "image/png", new byte[] {1, 2, 3}))
                    .param("titre", "Piraté")
                    .param("nom", "Piraté")
                    .param("texte", "Piraté")
                    .param("bref", "Piraté")
                    .param("detail", "Piraté")
                    .param("resume", "Piraté")
                    .param("corps", "Piraté")
                    .param("email", "pirate@example.org")
                    .param("message", "Piraté")
                    .param("echeance", "01/01/2099")
                    .param("url", "https://example.org")
                    .param("type", "TELESERVICE")
                    .param("categorie", "AUTRE")
                    .param("debut", "2027-01-01")
                    .param("fin", "2027-01-02")
                    .param("journeeEntiere", "true")
                    .param("themeId", "cantine")
                    .param("niveau", "elementaire")
                    .param("nature", "AUTRE")
                    .param("adresse", "1 rue de la Pirate")
                    .param("commentaire", "Piraté")
                    .param("etapes", "x")
                    .param("academie", "Rennes")
                    .param("zoneVacances", "B")
                    .param("couleurPrimaire", "#000000")
                    .param("couleurSecondaire", "#000000")
                    .param("annee", "2030-2031")
                    .param("host", "pirate.example")
                    .with(csrf());
            return user == null ? request : request.with(user);
        }
    }

    /** A digest of every table but the sessions, to prove refused calls wrote nothing. */
    private String checksum() {
        var tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE'
                   and table_name not in ('spring_session', 'spring_session_attributes', 'flyway_schema_history')
                 order by table_name""", String.class);
        var digest = new StringBuilder();
        for (String table : tables) {
            digest.append(table)
                    .append('=')
                    .append(jdbc.queryForObject(
                            "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \"" + table
                                    + "\" t",
                            String.class))
                    .append('\n');
        }
        return digest.toString();
    }

    /**
     * One object of each kind owned by the collectivité, created here so both directions have the
     * same coverage, and its agent and director (created if the demo has none).
     */
    private Tenant tenant(String slug, String school, String agent, String director) {
        long id = jdbc.queryForObject("select id from collectivite where slug = ?", Long.class, slug);
        if (!users.exists(agent)) {
            users.grant(users.create(agent, "Agent " + slug, "mot-de-passe-agent-2026"), Role.COLLECTIVITE_AGENT, id);
        }
        if (!users.exists(director)) {
            users.grantDirector(users.create(director, "Directeur " + slug, "mot-de-passe-directeur-2026"), id, school);
        }
        long directorId = users.idOf(director).orElseThrow();
        String theme = jdbc.queryForObject("select id from theme order by position limit 1", String.class);
        var ids = new LinkedHashMap<String, String>();
        ids.put("theme", theme);
        ids.put("director", String.valueOf(directorId));
        ids.put("event", insert("""
                insert into agenda_evenement (collectivite_id, titre, categorie, journee_entiere, debut, fin)
                values (?, 'Fête de la matrice', 'AUTRE', true, now() + interval '10 days', now() + interval '11 days')
                returning id""", id));
        ids.put("news", insert("""
                insert into actualite (collectivite_id, titre, resume, corps, publie_le)
                values (?, 'Actualité de la matrice', 'Résumé', 'Corps', current_date - 1) returning id""", id));
        ids.put("fiche", insert("""
                insert into fiche_locale (collectivite_id, theme_id, niveau, titre, bref, detail)
                values (?, '%s', 'elementaire', 'Fiche de la matrice', 'Bref', 'Détail') returning id""".formatted(theme), id));
        ids.put("prestation", insert("""
                insert into prestation (collectivite_id, nom, unite, annee_scolaire, mode, bornes, prix_defaut_centimes,
                                        non_resident)
                values (?, 'Service de la matrice', 'repas', '2030-2031', 'TRANCHES', 'MIN_INCLUS', 100, 'IDENTIQUE')
                returning id""", id));
        ids.put("lien", insert("""
                insert into lien_service (collectivite_id, type, titre, url)
                values (?, 'TELESERVICE', 'Lien de la matrice', 'https://example.org') returning id""", id));
        ids.put("structure", insert("""
                insert into structure_locale (collectivite_id, nom, nature, adresse)
                values (?, 'Structure de la matrice', 'AUTRE', '1 rue de la Matrice') returning id""", id));
        ids.put("rubrique", insert("""
                insert into rubrique (collectivite_id, position, titre)
                values (?, 99, 'Rubrique de la matrice') returning id""", id));
        ids.put("version", insert("""
                insert into rubrique_version (rubrique_id, etablissement, etat, texte, auteur_id, soumis_le)
                values (?, '%s', 'SOUMIS', 'Texte de la matrice', %d, now()) returning id""".formatted(school, directorId), Long.parseLong(ids.get("rubrique"))));
        ids.put("document", insert("""
                insert into rubrique_document (version_id, nom, contenu, taille)
                values (?, 'matrice.pdf', '\\x255044462d312e34'::bytea, 8) returning id""", Long.parseLong(ids.get("version"))));
        ids.put("famille", insert("""
                insert into famille_adulte (collectivite_id, email, nom, prenoms, consentement_version, consentement_le)
                values (?, 'matrice@%s.famille.test', 'Matrice', 'Famille', '2026-12', now()) returning id""".formatted(slug), id));
        ids.put("enfant", insert("""
                insert into famille_enfant (nom, prenoms, date_naissance, sexe, cree_par)
                values ('Matrice', 'Enfant', date '2018-03-14', 'F', ?) returning id""", Long.parseLong(ids.get("famille"))));
        jdbc.update(
                "insert into famille_responsabilite (adulte_id, enfant_id) values (?, ?)",
                Long.parseLong(ids.get("famille")),
                Long.parseLong(ids.get("enfant")));
        ids.put("autorise", insert("""
                insert into famille_autorise (adulte_id, nom, prenoms, telephone, lien)
                values (?, 'Matrice', 'Autorisé', '0600000000', 'voisin') returning id""", Long.parseLong(ids.get("famille"))));
        ids.put("invitation", insert("""
                insert into famille_invitation (jeton_hash, de_adulte_id, email, expire_le)
                values (md5(random()::text), ?, 'invite@famille.test', now() + interval '7 days') returning id""", Long.parseLong(ids.get("famille"))));
        ids.put("inscription", insert("""
                insert into inscription_demande (collectivite_id, enfant_id, annee_scolaire, niveau, uai, derogation)
                values (?, %s, '2031-2032', 'CP', '%s', false) returning id""".formatted(ids.get("enfant"), school), id));
        var cle = UUID.randomUUID();
        jdbc.update("insert into inscription_fichier (cle, contenu) values (?, '\\x255044462d312e34'::bytea)", cle);
        files.add(cle);
        ids.put("piece", insert("""
                insert into inscription_piece (demande_id, piece, type_contenu, taille, cle)
                values (?, 'Justificatif de domicile', 'application/pdf', 8, '%s') returning id""".formatted(cle), Long.parseLong(ids.get("inscription"))));
        ids.put("activite", insert("""
                insert into peri_activite (collectivite_id, uai, annee_scolaire, type, capacite, jours, debut, fin)
                values (?, '%s', '2031-2032', 'CANTINE', 20, '1,2,4,5', date '2031-09-01', date '2032-07-04')
                returning id""".formatted(school), id));
        ids.put("fermeture", insert("""
                insert into peri_fermeture (collectivite_id, jour, motif)
                values (?, date '2031-10-10', 'Fermeture de la matrice') returning id""", id));
        // Billing documents cannot be deleted (issued invoices are immutable): they stay, far in the future.
        var collectivite = collectivites.findBySlug(slug).orElseThrow();
        var start = java.time.LocalDate.of(slug.equals("fougeres") ? 2091 : 2092, 1, 1);
        if (prices.inForce(start).isEmpty()) {
            prices.add(new fr.monenfantalecole.portail.billing.PriceList(
                    0, java.time.LocalDate.of(2020, 1, 1), 7_500, 7_500, 60_000, null, null, 2_000, true));
        }
        var subscription = quoting.accept(
                collectivite,
                quoting.quote(collectivite, start, Map.of(), null),
                new fr.monenfantalecole.portail.billing.Quote.Order(
                        start,
                        "EJ-MATRICE",
                        "EDUCATION",
                        "21350115800013",
                        "1 place de la Mairie",
                        "compta@matrice.test"),
                null);
        ids.put("abonnement", String.valueOf(subscription.id()));
        ids.put("devis", String.valueOf(subscription.devisId()));
        ids.put(
                "facture",
                String.valueOf(issuing.invoice(subscription.id(), null).id()));
        ids.put("annuaireUpload", upload(id, "ANNUAIRE", directorId));
        ids.put("sectorUpload", upload(id, "SECTEURS:elementaire", directorId));
        ids.put(
                "ficheVersion",
                jdbc.queryForObject("select id::text from fiche_version order by id limit 1", String.class));
        return new Tenant(slug, id, school, ids, "admin@" + slug + ".demo", agent, director);
    }

    /** What the test created, removed afterwards (last first) so that the other tests see the demo as it was. */
    private final Deque<String[]> created = new ArrayDeque<>();

    /** The stored proofs' bytes, keyed by their uuid rather than an id. */
    private final List<UUID> files = new ArrayList<>();

    @AfterEach
    void removeWhatTheMatrixCreated() {
        while (!created.isEmpty()) {
            var row = created.pop();
            jdbc.update("delete from " + row[0] + " where id = " + row[1]);
        }
        files.forEach(cle -> jdbc.update("delete from inscription_fichier where cle = ?", cle));
        files.clear();
    }

    private String insert(String sql, long parent) {
        String id = String.valueOf(jdbc.queryForObject(sql, Long.class, parent));
        var table = sql.strip().split("\\s+")[2];
        created.push(new String[] {table, id});
        return id;
    }

    private String upload(long collectivite, String kind, long user) {
        var id = UUID.randomUUID();
        jdbc.update("""
                insert into import_upload (id, collectivite_id, kind, file_name, content, uploaded_by)
                values (?, ?, ?, 'matrice.csv', '\\x55414a'::bytea, ?)""", id, collectivite, kind, user);
        created.push(new String[] {"import_upload", "'" + id + "'"});
        return id.toString();
    }
}
