package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.agenda.Agenda;
import fr.monenfantalecole.portail.agenda.AgendaCalendar;
import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.news.ActualiteView;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A sitemap per collectivité (sitemaps.org 0.9) and robots.txt announcing it: on a collectivité's
 * own host name its sitemap, on the platform's host the sitemap of every collectivité.
 */
@RestController
class SitemapController {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Collectivites collectivites;
    private final QuestionsReponses questions;
    private final Actualites actualites;
    private final SchoolDirectory directory;
    private final Agenda agenda;
    private final Clock clock;

    SitemapController(
            Collectivites collectivites,
            QuestionsReponses questions,
            Actualites actualites,
            SchoolDirectory directory,
            Agenda agenda,
            Clock clock) {
        this.clock = clock;
        this.collectivites = collectivites;
        this.questions = questions;
        this.actualites = actualites;
        this.directory = directory;
        this.agenda = agenda;
    }

    @NoForeignId("public")
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        var text = new StringBuilder("User-agent: *\nDisallow: /admin/\nDisallow: /api/\nAllow: /\n\n");
        var own = collectivites.findByHost(request.getServerName().toLowerCase(Locale.ROOT));
        if (own.isPresent()) {
            text.append("Sitemap: ").append(ApiSupport.absolute("/sitemap.xml")).append('\n');
        } else {
            for (var c : collectivites.all()) {
                text.append("Sitemap: ")
                        .append(ApiSupport.absolute("/" + c.slug() + "/sitemap.xml"))
                        .append('\n');
            }
        }
        return ResponseEntity.ok().contentType(TEXT).body(text.toString());
    }

    @NoForeignId("public")
    @GetMapping("/{slug}/sitemap.xml")
    ResponseEntity<String> sitemap(Collectivite c, Site site) throws XMLStreamException {
        var out = new StringWriter();
        XMLStreamWriter xml = XmlText.cleaning(XMLOutputFactory.newFactory().createXMLStreamWriter(out));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "urlset");
        xml.writeDefaultNamespace(NS);
        Instant identity = c.updatedAt();
        url(xml, site, "/", identity);
        url(xml, site, "/questions", null);
        var sheets = questions.all(c, site.basePath());
        for (var theme : questions.themes(c, site.basePath(), null)) {
            link(xml, theme.url(), null);
        }
        for (var sheet : sheets) {
            link(xml, sheet.summary().url(), sheet.updated());
        }
        url(xml, site, "/actualites", null);
        LocalDate today = LocalDate.now(clock);
        for (var a : actualites.visible(c.id(), today, 1_000)) {
            write(
                    xml,
                    ApiSupport.absolute(ActualiteView.of(a, site.basePath()).url()),
                    a.publieLe().toString());
        }
        url(xml, site, "/ecoles", null);
        for (var e : directory.presented(c)) {
            write(
                    xml,
                    ApiSupport.absolute(site.link("/ecoles/" + e.uai())),
                    e.dateMajLigne() == null ? null : e.dateMajLigne().toString());
        }
        url(xml, site, "/agenda", null);
        for (var e : agenda.events(c, null, today, today.plusYears(2))) {
            url(xml, site, "/agenda/" + e.id(), null);
        }
        for (String page : new String[] {
            "/services",
            "/services/quotient-familial",
            "/services/tarifs",
            "/services/carte-scolaire",
            "/donnees-ouvertes"
        }) {
            url(xml, site, page, null);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }

    private static void url(XMLStreamWriter xml, Site site, String path, @Nullable Instant lastmod)
            throws XMLStreamException {
        write(xml, ApiSupport.absolute(site.link(path)), lastmod == null ? null : w3c(lastmod));
    }

    /** A link already carrying the base path (the sheets' and themes' URLs). */
    private static void link(XMLStreamWriter xml, String linkWithBase, @Nullable Instant lastmod)
            throws XMLStreamException {
        write(xml, ApiSupport.absolute(linkWithBase), lastmod == null ? null : w3c(lastmod));
    }

    private static void write(XMLStreamWriter xml, String loc, @Nullable String lastmod) throws XMLStreamException {
        xml.writeStartElement(NS, "url");
        xml.writeStartElement(NS, "loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastmod != null) {
            xml.writeStartElement(NS, "lastmod");
            xml.writeCharacters(lastmod);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(AgendaCalendar.PARIS));
    }
}
