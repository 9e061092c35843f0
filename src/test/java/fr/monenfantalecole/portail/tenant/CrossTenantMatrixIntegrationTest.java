package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.World;
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
 * another collectivité, and anonymously, with the victim's ids — each of two communes of the test's
 * own against the other (the context's two invoiced ones, {@link Fixtures#invoiced()}: billing's
 * objects include an issued invoice, which is never removed). Every answer must be 403 or 404 (405 for a method the route does not
 * declare, the login page for anonymous visitors of the back office), and no table may change. The
 * ids are created and named by each module's {@link ForeignIds} bean, in its own test package; a
 * route whose handler is not marked {@link NoForeignId} and whose ids no bean names fails the test.
 */
@PortailTest
class CrossTenantMatrixIntegrationTest {

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

    /** The two communes of the campaign, each the other's victim. */
    @Autowired
    Fixtures fixtures;

    @Autowired
    fr.monenfantalecole.portail.mail.OutboxDelivery delivery;

    /** Each module's objects and how its routes name them, in @Order (a household before its requests). */
    @Autowired
    List<ForeignIds> resolvers;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The ids of one collectivité's objects, and who works there. */
    record Tenant(
            String slug,
            long id,
            String school,
            IsolationTenant objects,
            String admin,
            String agent,
            String director) {}

    @Test
    void noRouteAnswersAnotherCollectivitesStaffWithItsObjectsAndNothingChanges() throws Exception {
        var first = tenant(fixtures.invoiced());
        var second = tenant(fixtures.invoicedNeighbour());
        var routes = routes();
        // Mail queued by earlier tests is sent now, not by the outbox worker in the middle of the
        // matrix (its sending marks the rows, which the checksum would count as a change).
        delivery.deliverDue(java.time.Instant.now().plusSeconds(3600));
        String before = checksum();

        int requests = 0;
        List<String> leaks = new ArrayList<>();
        for (var pair : List.of(List.of(second, first), List.of(first, second))) {
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
                routes.size() + skipped.size(), routes.size(), skipped.size(), requests, leaks.size());
        assertThat(leaks)
                .as("réponses autres que 403/404 à un appelant étranger")
                .isEmpty();
        assertThat(checksum()).as("tables modifiées par des appels refusés").isEqualTo(before);

        // Positive control: a matrix that answered 404 to everyone would pass the lines above. The
        // same GET routes, with the same ids, by the collectivité's own staff under its own slug.
        var controls = new TreeMap<String, Integer>();
        for (Tenant owner : List.of(first, second)) {
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
        return pattern.startsWith("/admin/") ? fixtures.invoiced().platform().mvc() : null;
    }

    /** The routes marked {@link NoForeignId}, with why. */
    private final Map<String, String> skipped = new TreeMap<>();

    /** Every mapped route of the portal not marked as taking no foreign id; fails on a route neither covered nor marked. */
    private Map<String, Set<RequestMethod>> routes() {
        var covered = new TreeMap<String, Set<RequestMethod>>();
        var uncovered = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("fr.monenfantalecole.portail")) {
                return;
            }
            var mark = handler.getMethodAnnotation(NoForeignId.class);
            for (String pattern : info.getPatternValues()) {
                if (mark != null) {
                    skipped.put(pattern, mark.value());
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
                .as("routes ni couvertes par la matrice ni marquées @NoForeignId")
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

    /** The victim's object each path variable names, told apart by the segment before it, from the module that holds it. */
    private String value(String pattern, String variable, String slug, Tenant victim) {
        if (variable.equals("slug")) {
            return slug;
        }
        // The last literal segment before the variable: "agenda" in /admin/{slug}/agenda/{id}.
        var literals = java.util.Arrays.stream(
                        pattern.substring(0, pattern.indexOf("{" + variable)).split("/"))
                .filter(x -> !x.isEmpty() && !x.contains("{"))
                .toList();
        String segment = literals.isEmpty() ? "" : literals.getLast();
        var values = resolvers.stream()
                .map(r -> r.value(pattern, segment, variable, victim.objects()))
                .filter(java.util.Objects::nonNull)
                .toList();
        if (values.size() != 1) {
            throw new AssertionError("variable {" + variable + "} résolue par " + values.size() + " ForeignIds dans "
                    + pattern + " (il en faut un)");
        }
        return values.getFirst();
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
     * One object of each kind owned by the collectivité, created by each module's {@link ForeignIds}
     * so both directions have the same coverage, with its admin, its agent and its school's director.
     */
    private Tenant tenant(World w) {
        var school = w.schools().getFirst();
        var director = w.director(school);
        var objects = new IsolationTenant(jdbc, undo, w.slug(), w.id(), school.uai(), director.id());
        resolvers.forEach(r -> r.create(objects));
        return new Tenant(
                w.slug(),
                w.id(),
                school.uai(),
                objects,
                w.admin().email(),
                w.agent().email(),
                director.email());
    }

    /** What the test created, undone afterwards (last first) so that the other tests see the communes as they were. */
    private final Deque<Runnable> undo = new ArrayDeque<>();

    @AfterEach
    void removeWhatTheMatrixCreated() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }
}
