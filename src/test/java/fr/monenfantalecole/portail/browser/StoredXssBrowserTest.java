package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.localdata.FieldType;
import fr.monenfantalecole.portail.localdata.LocalFields;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.AnnuaireScope;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Integration;
import fr.monenfantalecole.portail.tenant.Integrations;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import fr.monenfantalecole.portail.tenant.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaign: the XSS corpus ({@link XssPayloads}) stored in every text a collectivité's staff can
 * type, then every page showing them rendered in Chromium — whole, in the iframe (/integre/), as the
 * embed script's fragment (/fragment/) — and the feeds and JSON read. Nothing may run: the page
 * calls no {@code __xss}, raises no CSP script violation, and neither the live DOM nor the DOM parsed
 * from the raw HTML holds a payload in an executable place (CSP is defence in depth, not the fix).
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class StoredXssBrowserTest {

    static final String SLUG = "xss-ville";
    static final String INSEE = "35998";
    static final String UAI = "0359998Z";

    /** The DOM scan: every place a payload would run from (run on the live page and on the raw HTML). */
    static final String SCAN = """
            const scan = (doc) => {
              const hits = [];
              const marker = (s) => ((s || '').match(/__xss\\((\\d+)\\)/) || [])[1];
              const hit = (what, value) => hits.push(what + ' ' + (marker(value) || ''));
              const url = /^(javascript|vbscript):/i;
              for (const el of doc.querySelectorAll('*')) {
                const tag = el.tagName.toLowerCase();
                for (const a of Array.from(el.attributes)) {
                  const n = a.name.toLowerCase(), v = (a.value || '').replace(/[\\u0000-\\u0020]/g, '');
                  if (n.startsWith('on') && marker(v)) hit(tag + '[' + n + ']', v);
                  else if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']
                      .includes(n) && (url.test(v) || (/^data:/i.test(v) && marker(v)))) hit(tag + '[' + n + ']', v);
                  else if ((n === 'srcdoc' || n === 'style') && marker(v)) hit(tag + '[' + n + ']', v);
                  else if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag) && marker(v)) hit(tag, v);
                  else if (tag === 'meta' && el.hasAttribute('http-equiv') && marker(v)) hit('meta[http-equiv]', v);
                }
                if (tag === 'script' && marker(el.textContent)) {
                  if ((el.getAttribute('type') || '') === 'application/ld+json') {
                    try { JSON.parse(el.textContent); } catch (e) { hit('json-ld cassé', el.textContent); }
                  } else hit('script', el.textContent);
                }
                if (tag === 'style' && marker(el.textContent)) hit('style', el.textContent);
              }
              return hits;
            };
            """;

    @LocalServerPort
    int port;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Integrations integrations;

    @Autowired
    LocalFields fields;

    @Autowired
    LocalValues localValues;

    @Autowired
    AnnuaireImport annuaire;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    final JsonMapper json = JsonMapper.builder().build();
    final Map<String, Integer> inputs = new LinkedHashMap<>();
    long collectiviteId;

    @AfterEach
    void removeTheCollectivite() {
        jdbc.update("delete from collectivite where slug = ?", SLUG);
        jdbc.update("delete from etablissement where code_commune = ?", INSEE);
    }

    @Test
    void noStoredPayloadRunsOnAnyPageIframeFragmentOrFeed(WebDriver driver) throws Exception {
        var ids = store();
        String s = "/" + SLUG;
        var pages = new ArrayList<>(List.of(
                "",
                "/actualites",
                "/actualites/" + ids.get("news"),
                "/agenda",
                "/agenda/" + ids.get("event"),
                "/questions",
                "/questions/" + ids.get("theme"),
                "/questions/" + ids.get("theme") + "/L" + ids.get("fiche"),
                "/services",
                "/services/tarifs",
                "/ecoles",
                "/ecoles/" + UAI,
                "/structures/" + ids.get("structure"),
                "/donnees-ouvertes",
                "/recherche?q=xss"));
        List<String> renderings = new ArrayList<>();
        for (String page : pages) {
            renderings.add(s + page);
            if (!page.isEmpty() && Zone.of(page.replaceFirst("\\?.*", "")).isPresent()) {
                renderings.add(s + "/integre" + page);
                renderings.add(s + "/fragment" + page);
            }
        }
        // National sheets with the local data inserted: every one using a field the campaign filled.
        var sheets =
                jdbc.queryForList("select id, theme_id from fiche where published_version_id is not null order by id");
        List<String> rawOnly = sheets.stream()
                .map(r -> s + "/questions/" + r.get("theme_id") + "/" + r.get("id"))
                .toList();

        installTraps(driver);
        List<String> executed = new ArrayList<>();
        for (String url : renderings) {
            executed.addAll(render(driver, url));
            executed.addAll(raw(driver, url));
        }
        int sheetsShown = 0;
        for (String url : rawOnly) {
            var response = get(url);
            if (response.statusCode() == 200) {
                sheetsShown++;
                executed.addAll(scanHtml(driver, url + " (HTML brut)", response.body()));
            }
        }
        var feeds = feeds(driver, ids);
        executed.addAll(feeds.get("executed"));

        int renderingCount =
                renderings.size() + sheetsShown + feeds.get("checked").size();
        System.out.printf(
                "CAMPAGNE XSS : %d charges × %d champs saisis (%d textes) × %d rendus (%d pages en Chromium, "
                        + "%d pages en HTML brut seulement, %d flux/API) ; %d exécutée(s) ou à une place exécutable%n",
                XssPayloads.count(),
                inputs.size(),
                XssPayloads.count() * inputs.size(),
                renderingCount,
                renderings.size(),
                sheetsShown,
                feeds.get("checked").size(),
                executed.size());
        assertThat(XssPayloads.count()).isGreaterThanOrEqualTo(100);
        assertThat(executed).as("charges exécutées ou à une place exécutable").isEmpty();
    }

    /** Every text a collectivité's staff types, each filled with the whole corpus (numbered per field). */
    private Map<String, String> store() throws IOException {
        collectiviteId = collectivites.create(new NewCollectivite(
                SLUG,
                CollectiviteType.COMMUNE,
                line("nom de la collectivité"),
                INSEE,
                null,
                "Rennes",
                "B",
                null,
                "#1f4e79",
                "#2e5e2e",
                "https://xss.example",
                text("pied de page"),
                true,
                false));
        integrations.save(
                collectiviteId,
                new Integration(
                        List.of("https://xss.example"),
                        "https://xss.example/ecole?"
                                + line("adresse canonique (intégration)").replace(" ", "%20"),
                        EnumSet.allOf(Zone.class),
                        line("mention (intégration)")));
        importSchool();
        var ids = new HashMap<String, String>();
        String theme = jdbc.queryForObject("select id from theme order by position limit 1", String.class);
        ids.put("theme", theme);
        ids.put("news", insert("""
                insert into actualite (collectivite_id, titre, resume, corps, publie_le, image_alt)
                values (?, ?, ?, ?, current_date - 1, null) returning id""", line("titre d'actualité"), text("résumé d'actualité"), text("texte d'actualité")));
        ids.put(
                "event",
                insert(
                        """
                insert into agenda_evenement (collectivite_id, uai, titre, categorie, description, lieu, journee_entiere,
                                              debut, fin)
                values (?, '%s', ?, 'AUTRE', ?, ?, true, current_date + 3, current_date + 4) returning id""".formatted(UAI),
                        line("titre d'événement"),
                        text("description d'événement"),
                        line("lieu d'événement")));
        ids.put(
                "fiche",
                insert(
                        """
                insert into fiche_locale (collectivite_id, theme_id, niveau, titre, bref, detail)
                values (?, '%s', 'tous', ?, ?, ?) returning id""".formatted(theme),
                        line("titre de fiche locale"),
                        text("réponse brève de fiche locale"),
                        text("détail de fiche locale")));
        insert(
                """
                insert into lien_service (collectivite_id, type, titre, description, public_vise, url)
                values (?, 'TELESERVICE', ?, ?, ?, ?) returning id""",
                line("titre de téléservice"),
                text("description de téléservice"),
                line("public d'un téléservice"),
                "https://xss.example/?" + line("adresse de téléservice").replace(" ", "%20"));
        String prestation = insert(
                """
                insert into prestation (collectivite_id, nom, unite, description, annee_scolaire, mode, bornes,
                                        prix_defaut_centimes, non_resident)
                values (?, ?, ?, ?, '%s', 'TRANCHES', 'MIN_INCLUS', 250, 'IDENTIQUE') returning id""".formatted(currentSchoolYear()),
                line("nom de service (tarifs)"),
                line("unité de tarif"),
                text("description de service (tarifs)"));
        jdbc.update(
                "insert into tranche (prestation_id, rang, de_centimes, a_centimes, prix_centimes) values (?, 1, 0, null, 250)",
                Long.parseLong(prestation));
        ids.put("structure", insert("""
                insert into structure_locale (collectivite_id, nom, nature, adresse)
                values (?, ?, 'AUTRE', ?) returning id""", line("nom de structure"), line("adresse de structure")));
        String rubrique = insert(
                "insert into rubrique (collectivite_id, position, titre) values (?, 1, ?) returning id",
                line("titre de rubrique (agent)"));
        jdbc.update("""
                insert into rubrique_version (rubrique_id, etablissement, etat, texte, publie_le)
                values (?, ?, 'PUBLIE', ?, now())""", Long.parseLong(rubrique), UAI, text("rubrique (directeur)"));
        var values = new LinkedHashMap<String, String>();
        for (var field : fields.all()) {
            if (EnumSet.of(FieldType.TEXT, FieldType.RICHTEXT, FieldType.ADDRESS, FieldType.HOURS, FieldType.LIST)
                    .contains(field.type())) {
                values.put(field.key(), text("donnée locale " + field.key()));
            }
        }
        localValues.save(collectiviteId, new HashMap<>(values), null);
        return ids;
    }

    /** A school whose Annuaire line names it with the corpus, imported as the collectivité's agent would. */
    private void importSchool() throws IOException {
        String original;
        try (var in = new ClassPathResource("opendata/fr-en-annuaire-education.csv").getInputStream()) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        var lines = original.lines().limit(2).toList();
        var header = format.parse(new java.io.StringReader(lines.get(0).replace("\uFEFF", "")))
                .getRecords()
                .get(0)
                .toList();
        var row = new ArrayList<>(format.parse(new java.io.StringReader(lines.get(1)))
                .getRecords()
                .get(0)
                .toList());
        set(header, row, "Identifiant_de_l_etablissement", UAI);
        set(header, row, "Nom_etablissement", line("nom d'école (import de l'Annuaire)"));
        set(header, row, "Code_commune", INSEE);
        set(header, row, "Nom_commune", "Xss-Ville");
        set(header, row, "Type_etablissement", "Ecole");
        var out = new StringWriter();
        try (var printer =
                new CSVPrinter(out, format.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(header);
            printer.printRecord(row);
        }
        var preview = annuaire.apply(
                out.toString().getBytes(StandardCharsets.UTF_8),
                AnnuaireScope.of(
                        collectivites.findById(collectiviteId).orElseThrow(), new Territory(List.of(INSEE), null)),
                collectiviteId,
                "annuaire.csv",
                null);
        assertThat(preview.added()).as("école importée").isNotEmpty();
    }

    private static void set(List<String> header, List<String> row, String column, String value) {
        int i = header.indexOf(column);
        assertThat(i).as("colonne " + column).isNotNegative();
        row.set(i, value);
    }

    private String insert(String sql, Object... args) {
        var all = new ArrayList<Object>();
        all.add(collectiviteId);
        all.addAll(List.of(args));
        return String.valueOf(jdbc.queryForObject(sql, Long.class, all.toArray()));
    }

    private String text(String input) {
        return XssPayloads.text(base(input));
    }

    private String line(String input) {
        return XssPayloads.line(base(input));
    }

    /** Each input numbers its payloads from its own thousand, so that a hit names the field. */
    private int base(String input) {
        return inputs.computeIfAbsent(input, k -> (inputs.size() + 1) * 1000);
    }

    private static String currentSchoolYear() {
        var today = java.time.LocalDate.now();
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** {@code __xss} and CSP violations recorded from before any script of every page. */
    private static void installTraps(WebDriver driver) {
        ((ChromeDriver) driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.<String, Object>of("source", """
                window.__xssRuns = [];
                window.__xss = (n) => window.__xssRuns.push('__xss(' + n + ') exécuté');
                document.addEventListener('securitypolicyviolation', e => {
                  if (/script/.test(e.effectiveDirective || e.violatedDirective))
                    window.__xssRuns.push('CSP ' + e.effectiveDirective + ' : ' + (e.sample || e.blockedURI));
                });
                """));
    }

    /** The page in Chromium: no call, no blocked inline script, no payload in an executable place. */
    @SuppressWarnings("unchecked")
    private List<String> render(WebDriver driver, String path) {
        driver.get(base() + path);
        var js = (JavascriptExecutor) driver;
        var hits = new ArrayList<String>();
        ((List<Object>) js.executeScript("return window.__xssRuns || ['piège absent'];"))
                .forEach(h -> hits.add(path + " : " + h));
        ((List<Object>) js.executeScript(SCAN + "return scan(document);"))
                .forEach(h -> hits.add(path + " (DOM) : " + h));
        return hits;
    }

    /** The raw HTML as served, parsed (inert) by Chromium's parser and scanned. */
    private List<String> raw(WebDriver driver, String path) throws IOException, InterruptedException {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return scanHtml(driver, path + " (HTML brut)", response.body());
    }

    @SuppressWarnings("unchecked")
    private static List<String> scanHtml(WebDriver driver, String where, String html) {
        var hits = (List<Object>) ((JavascriptExecutor) driver)
                .executeScript(SCAN + "return scan(new DOMParser().parseFromString(arguments[0], 'text/html'));", html);
        return hits.stream().map(h -> where + " : " + h).toList();
    }

    /**
     * The feeds and the API: well-formed XML, no payload able to start an iCalendar property, and the
     * HTML they carry (RSS description, Atom html content, JSON *Html fields) free of executable markup.
     */
    private Map<String, List<String>> feeds(WebDriver driver, Map<String, String> ids) throws Exception {
        String s = "/" + SLUG;
        var executed = new ArrayList<String>();
        var checked = new ArrayList<String>();
        for (String path : List.of(
                s + "/actualites.rss",
                s + "/actualites.atom",
                s + "/flux/fiches.xml",
                s + "/flux/fiches/L" + ids.get("fiche") + ".xml",
                s + "/sitemap.xml")) {
            checked.add(path);
            var factory = DocumentBuilderFactory.newInstance();
            // Each text holds the whole corpus: over the JDK's default 100,000-character entity limit.
            factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "0");
            factory.setAttribute("jdk.xml.totalEntitySizeLimit", "0");
            var xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(get(path).body().getBytes(StandardCharsets.UTF_8)));
            var nodes = xml.getElementsByTagName("*");
            for (int i = 0; i < nodes.getLength(); i++) {
                var e = (Element) nodes.item(i);
                String name = e.getTagName();
                boolean html = name.equals("description")
                        || name.equals("content:encoded")
                        || ((name.equals("content") || name.equals("summary"))
                                && "html".equals(e.getAttribute("type")));
                if (html) {
                    executed.addAll(scanHtml(driver, path + " <" + name + ">", e.getTextContent()));
                }
            }
        }
        for (String path : List.of(s + "/agenda.ics", s + "/agenda/" + ids.get("event") + ".ics")) {
            checked.add(path);
            String ics = get(path).body().replace("\r\n ", "");
            ics.lines().filter(l -> l.startsWith("ATTACH:javascript")).forEach(l -> executed.add(path + " : " + l));
        }
        for (String path : List.of(
                "/api/v1" + s + "/actualites",
                "/api/v1" + s + "/actualites/" + ids.get("news"),
                "/api/v1" + s + "/fiches/L" + ids.get("fiche"),
                "/api/v1" + s + "/agenda",
                "/api/v1" + s + "/etablissements",
                "/api/v1" + s + "/etablissements/" + UAI,
                "/api/v1" + s + "/tarifs?qf=500")) {
            checked.add(path);
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            walk(
                    json.readTree(response.body()),
                    "",
                    (field, html) -> executed.addAll(scanHtml(driver, path + " " + field, html)));
        }
        return Map.of("executed", executed, "checked", checked);
    }

    private static void walk(JsonNode node, String name, java.util.function.BiConsumer<String, String> html) {
        if (node.isString() && name.endsWith("Html")) {
            html.accept(name, node.asString());
        }
        node.properties().forEach(e -> walk(e.getValue(), e.getKey(), html));
        if (node.isArray()) {
            node.forEach(n -> walk(n, name, html));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
