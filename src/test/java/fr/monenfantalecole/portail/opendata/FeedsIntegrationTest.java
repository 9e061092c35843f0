package fr.monenfantalecole.portail.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.monenfantalecole.portail.fiche.LocalFiches;
import fr.monenfantalecole.portail.fiche.Niveau;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** News feeds read back with Rome, sitemaps and the XML flux validated against their schemas. */
@PortailTest
class FeedsIntegrationTest {

    static final String FLUX_NS = "https://monenfantalecole.fr/xsd/flux-fiches/1.0";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Actualites actualites;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    Collectivites collectivites;

    @Autowired
    TemporaryCollectivites temporary;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Prestations prestations;

    /** The portal read; another of the test's own ({@code fixtures.commune()}) is where nothing of it may show. */
    @OwnCommune
    World w;

    String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    SyndFeed feed(String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(body(path)));
    }

    @Test
    void rssAndAtomCarryTheVisibleNewsOnly() throws Exception {
        LocalDate date = LocalDate.now().minusDays(2);
        // The summary carries a vertical tab pasted from a word processor: XML 1.0 forbids it, the feed must still
        // parse.
        try (var elsewhere = fixtures.commune()) {
            feedsOf(date, elsewhere);
        }
        mvc.perform(get("/" + w.slug() + "/actualites.rss"))
                .andExpect(content().contentTypeCompatibleWith("application/rss+xml"));
        mvc.perform(get("/" + w.slug() + "/actualites.atom"))
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"));
        mvc.perform(get("/atlantis/actualites.rss")).andExpect(status().isNotFound());
    }

    private void feedsOf(LocalDate date, World elsewhere) throws Exception {
        long own = actualites.create(
                w.id(), "Actualité vitréenne des flux", "Résumé\u000B vitréen.", "Corps _vitréen_.", date, null);
        long other = actualites.create(
                elsewhere.id(), "Actualité rennaise des flux", "Résumé rennais.", "Corps.", date, null);
        for (String kind : List.of("rss", "atom")) {
            var feed = feed("/" + w.slug() + "/actualites." + kind);
            assertThat(feed.getFeedType()).isEqualTo(kind.equals("rss") ? "rss_2.0" : "atom_1.0");
            assertThat(feed.getTitle()).isEqualTo("Actualités — " + w.nom());
            assertThat(feed.getLanguage() == null || feed.getLanguage().equals("fr"))
                    .isTrue();
            SyndEntry entry = feed.getEntries().stream()
                    .filter(e -> e.getTitle().equals("Actualité vitréenne des flux"))
                    .findFirst()
                    .orElseThrow();
            assertThat(entry.getLink()).startsWith("http://localhost/" + w.slug() + "/actualites/" + own + "-");
            assertThat(entry.getUri())
                    .as("an id that survives a title correction")
                    .isEqualTo("tag:monenfantalecole.fr,2026:actualite:" + own);
            var published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            assertThat(published.toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate())
                    .isEqualTo(date);
            assertThat(feed.getEntries()).noneMatch(e -> e.getTitle().equals("Actualité rennaise des flux"));
            assertThat(feed.getEntries()).noneMatch(e -> e.getLink().contains("/" + other + "-"));
        }
    }

    @Test
    void titlesAndAuthorsAreEscapedExactlyOnce() throws Exception {
        String nom = "Ville d'Art & <Essai> \"Belle\"";
        String titre = "Fête & <rentrée> \"2026\" de l'école";
        var c = temporary.create("flux-echappe", nom);
        actualites.create(
                c.id(),
                titre,
                "Résumé & <suite> \"vraie\" d'été.",
                "Corps.",
                LocalDate.now().minusDays(1),
                null);
        try {
            // A real XML parser, as a feed reader: what it reads is what was typed, not an entity of it.
            var rss = DocumentBuilderFactory.newNSInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader(body("/flux-echappe/actualites.rss"))));
            var channel = (Element) rss.getElementsByTagName("channel").item(0);
            // The collectivité's own item (national news published by other tests may come first).
            var item = itemByAuthor(rss.getElementsByTagName("item"), DC, "creator", nom);
            assertThat(child(channel, "title")).isEqualTo("Actualités — " + nom);
            assertThat(child(item, "title")).isEqualTo(titre);
            assertThat(item.getElementsByTagNameNS(DC, "creator").item(0).getTextContent())
                    .isEqualTo(nom);
            // The descriptions are HTML for the reader: escaped once for HTML, once for XML, so
            // unescaping the HTML once gives the text.
            assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(child(item, "description")))
                    .isEqualTo("Résumé & <suite> \"vraie\" d'été.");
            assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(child(channel, "description")))
                    .contains("publiées par " + nom + " sur");

            var atom = DocumentBuilderFactory.newNSInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader(body("/flux-echappe/actualites.atom"))));
            var entry =
                    itemByAuthor(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry"), "*", "name", nom);
            assertThat(child(atom.getDocumentElement(), "title")).isEqualTo("Actualités — " + nom);
            assertThat(child(entry, "title")).isEqualTo(titre);
            assertThat(child(
                            (Element)
                                    entry.getElementsByTagNameNS("*", "author").item(0),
                            "name"))
                    .isEqualTo(nom);
            assertThat(child(entry, "summary")).isEqualTo("Résumé & <suite> \"vraie\" d'été.");
        } finally {
            temporary.delete(c);
        }
    }

    /** The item (or entry) whose author element, in that namespace and with that name, reads {@code author}. */
    private static Element itemByAuthor(org.w3c.dom.NodeList items, String namespace, String name, String author) {
        for (int i = 0; i < items.getLength(); i++) {
            var item = (Element) items.item(i);
            var authors = item.getElementsByTagNameNS(namespace, name);
            for (int j = 0; j < authors.getLength(); j++) {
                if (author.equals(authors.item(j).getTextContent())) {
                    return item;
                }
            }
        }
        throw new AssertionError("Aucun élément du flux signé " + author);
    }

    /** The text of the first child element with this local name. */
    private static String child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && name.equals(element.getLocalName() == null ? element.getTagName() : element.getLocalName())) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    @Test
    void whatAgentsTypeReachesFeedReadersAsTextNeverAsMarkup() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>";
        var c = temporary.create("flux-hostile", "Ville " + hostile);
        try {
            actualites.create(
                    c.id(),
                    "Actualité hostile",
                    "Résumé " + hostile + " & suite.",
                    "Corps.",
                    LocalDate.now().minusDays(1),
                    null);

            // A feed reader reads the XML, then renders each RSS description as HTML.
            var rss = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader(body("/flux-hostile/actualites.rss"))));
            var descriptions = rss.getElementsByTagName("description");
            var texts = new java.util.ArrayList<String>();
            for (int i = 0; i < descriptions.getLength(); i++) {
                texts.add(descriptions.item(i).getTextContent());
            }
            assertThat(texts)
                    .noneMatch(html -> html.contains("<img"))
                    .contains("Résumé &lt;img src=x onerror=alert(1)&gt; &amp; suite.");
            assertThat(texts.getFirst())
                    .as("the channel's description")
                    .contains("Ville &lt;img src=x onerror=alert(1)&gt;");

            // Atom says what its summary is: text, shown as typed.
            var atom = feed("/flux-hostile/actualites.atom");
            var entry = atom.getEntries().stream()
                    .filter(e -> e.getTitle().equals("Actualité hostile"))
                    .findFirst()
                    .orElseThrow();
            assertThat(entry.getDescription().getType()).isIn("text", "text/plain");
            assertThat(entry.getDescription().getValue()).isEqualTo("Résumé " + hostile + " & suite.");
        } finally {
            temporary.delete(c);
        }
    }

    @Test
    void everyPublicPageAnnouncesTheFeeds() throws Exception {
        for (String path : List.of("/", "/questions", "/ecoles", "/agenda")) {
            mvc.perform(get("/" + w.slug() + path))
                    .andExpect(content()
                            .string(containsString(
                                    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Actualités — ")))
                    .andExpect(content().string(containsString("type=\"application/atom+xml\"")))
                    .andExpect(content().string(containsString("href=\"/" + w.slug() + "/actualites.atom\"")));
        }
    }

    @Test
    void sitemapIsValidAndAbsolute() throws Exception {
        TestGrids.restauration(prestations, w.id());
        try (var other = fixtures.commune()) {
            sitemapOf(other);
        }
    }

    private void sitemapOf(World other) throws Exception {
        String xml = body("/" + w.slug() + "/sitemap.xml");
        validate(
                xml,
                new StreamSource(
                        new ClassPathResource("xsd/sitemap-0.9.xsd").getURL().toString()));
        assertThat(xml)
                .contains("<loc>http://localhost/" + w.slug() + "/</loc>")
                .contains("<loc>http://localhost/" + w.slug() + "/questions/cantine</loc>")
                .contains("http://localhost/" + w.slug() + "/questions/cantine/CAN-001-")
                .contains("<loc>http://localhost/" + w.slug() + "/services/tarifs</loc>")
                .contains("<lastmod>20")
                .doesNotContain("/" + other.slug() + "/");
    }

    @Test
    void robotsAnnouncesTheSitemaps() throws Exception {
        try (var other = fixtures.commune()) {
            robotsOf(other);
        }
    }

    private void robotsOf(World other) throws Exception {
        String platform = body("/robots.txt");
        assertThat(platform)
                .contains("Sitemap: http://localhost/" + w.slug() + "/sitemap.xml")
                .contains("Sitemap: http://localhost/" + other.slug() + "/sitemap.xml")
                .contains("Disallow: /admin/");
        String host = "ecoles." + w.slug() + ".test";
        collectivites.addHost(w.id(), host);
        String own = mvc.perform(get("/robots.txt").with(r -> {
                    r.setServerName(host);
                    return r;
                }))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("Sitemap: http://" + host + "/sitemap.xml").doesNotContain("/" + other.slug() + "/");
        String sitemap = mvc.perform(get("/sitemap.xml").with(r -> {
                    r.setServerName(host);
                    return r;
                }))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<loc>http://" + host + "/questions</loc>");
    }

    @Test
    void xmlFluxIsValidAndCarriesLocalData() throws Exception {
        try (var other = fixtures.commune()) {
            fluxOf(other);
        }
    }

    private void fluxOf(World other) throws Exception {
        long local = localFiches.create(
                w.id(),
                "cantine",
                Niveau.TOUS,
                "Fiche rennaise du flux",
                "La cantine rennaise & ses menus.",
                "Intro.\n\n### Horaires\n\nDe 11 h 30 à 13 h 30.\n\n### Tarifs\n\nSelon le quotient.",
                true,
                null);
        var schema = new StreamSource(
                new ClassPathResource("static/xsd/flux-fiches-1.0.xsd").getURL().toString());
        String flux = body("/" + w.slug() + "/flux/fiches.xml");
        validate(flux, schema);
        var doc = parse(flux);
        var publications = doc.getElementsByTagNameNS(FLUX_NS, "Publication");
        assertThat(publications.getLength()).isGreaterThan(100);
        assertThat(flux).contains("ID=\"L" + local + "\"").contains("<dc:language>fr</dc:language>");
        assertThat(doc.getElementsByTagNameNS(FLUX_NS, "ListeThemes").getLength())
                .isEqualTo(1);

        String one = body("/" + w.slug() + "/flux/fiches/L" + local + ".xml");
        validate(one, schema);
        Element root = parse(one).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Publication");
        assertThat(root.getAttribute("origine")).isEqualTo("locale");
        assertThat(text(root, DC, "title")).isEqualTo("Fiche rennaise du flux");
        assertThat(text(root, DC, "description")).isEqualTo("La cantine rennaise & ses menus.");
        assertThat(text(root, DC, "contributor")).isEqualTo(w.nom());
        assertThat(text(root, DC, "date")).matches("modified \\d{4}-\\d{2}-\\d{2}");
        var chapters = root.getElementsByTagNameNS(FLUX_NS, "Chapitre");
        assertThat(chapters.getLength()).isEqualTo(3);
        assertThat(text((Element) chapters.item(1), FLUX_NS, "Titre")).isEqualTo("Horaires");
        assertThat(text((Element) chapters.item(1), FLUX_NS, "Contenu")).contains("De 11 h 30 à 13 h 30.");

        String national = body("/" + w.slug() + "/flux/fiches/CAN-001.xml");
        validate(national, schema);
        Element can = parse(national).getDocumentElement();
        assertThat(text(can, DC, "subject")).isEqualTo("Restauration scolaire");
        assertThat(can.getElementsByTagNameNS(FLUX_NS, "Reference").getLength()).isGreaterThan(0);
        assertThat(national).doesNotContain("{{local");

        mvc.perform(get("/" + other.slug() + "/flux/fiches/L" + local + ".xml")).andExpect(status().isNotFound());
        assertThat(body("/" + other.slug() + "/flux/fiches.xml")).doesNotContain("ID=\"L" + local + "\"");
        mvc.perform(get("/xsd/flux-fiches-1.0.xsd")).andExpect(status().isOk());
    }

    @Test
    void feedsAndApiAnswer304UntilTheContentChanges() throws Exception {
        String s = w.slug();
        for (String path : List.of(
                "/" + s + "/actualites.rss",
                "/" + s + "/actualites.atom",
                "/" + s + "/sitemap.xml",
                "/" + s + "/agenda.ics",
                "/" + s + "/flux/fiches/CAN-001.xml",
                "/api/v1/" + s + "/actualites",
                "/robots.txt")) {
            var first = mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("ETag"))
                    .andExpect(header().exists("Last-Modified"))
                    // Caches may keep it and must revalidate (not Spring Security's default no-store).
                    .andExpect(header().string("Cache-Control", "public, no-cache"))
                    .andReturn()
                    .getResponse();
            String etag = first.getHeader("ETag");
            mvc.perform(get(path).header("If-None-Match", etag))
                    .andExpect(status().isNotModified())
                    .andExpect(content().string(""));
            mvc.perform(get(path).header("If-Modified-Since", first.getHeader("Last-Modified")))
                    .andExpect(status().isNotModified());
            mvc.perform(get(path).header("If-None-Match", "\"autre\"")).andExpect(status().isOk());
        }
        // A letter written %xx is refused before the cache and the rate limit (CanonicalPathFilter): no way
        // around them through another spelling of the same address.
        mvc.perform(get(java.net.URI.create("/%61pi/v1/" + s + "/actualites"))).andExpect(status().isBadRequest());
        var before =
                mvc.perform(get("/api/v1/" + s + "/actualites")).andReturn().getResponse();
        var rssBefore =
                mvc.perform(get("/" + s + "/actualites.rss")).andReturn().getResponse();
        actualites.create(w.id(), "Nouvelle actualité malouine du cache", "R.", "C.", LocalDate.now(), null);
        mvc.perform(get("/api/v1/" + s + "/actualites").header("If-None-Match", before.getHeader("ETag")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nouvelle actualité malouine du cache")));
        var rssAfter = mvc.perform(
                        get("/" + s + "/actualites.rss").header("If-None-Match", rssBefore.getHeader("ETag")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(rssAfter.getHeader("ETag")).isNotEqualTo(rssBefore.getHeader("ETag"));
    }

    static void validate(String xml, StreamSource schema) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static org.w3c.dom.Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String text(Element parent, String ns, String name) {
        return parent.getElementsByTagNameNS(ns, name).item(0).getTextContent();
    }
}
