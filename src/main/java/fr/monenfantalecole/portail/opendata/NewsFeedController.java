package fr.monenfantalecole.portail.opendata;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import fr.monenfantalecole.portail.news.ActualiteView;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The news of a collectivité's portal as RSS 2.0 and Atom 1.0, for feed readers. */
@RestController
class NewsFeedController {

    static final int ENTRIES = 30;
    static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final Actualites actualites;
    private final Clock clock;

    NewsFeedController(Actualites actualites, Clock clock) {
        this.actualites = actualites;
        this.clock = clock;
    }

    @NoForeignId("flux public")
    @GetMapping("/{slug}/actualites.rss")
    ResponseEntity<String> rss(Collectivite collectivite, Site site) {
        return ResponseEntity.ok().contentType(RSS).body(feed(collectivite, site, "rss_2.0", "/actualites.rss"));
    }

    @NoForeignId("flux public")
    @GetMapping("/{slug}/actualites.atom")
    ResponseEntity<String> atom(Collectivite collectivite, Site site) {
        return ResponseEntity.ok().contentType(ATOM).body(feed(collectivite, site, "atom_1.0", "/actualites.atom"));
    }

    /**
     * Text as the format reads it. Feed readers render an RSS {@code <description>} as HTML, so what
     * an agent typed there is escaped once more (a typed {@code <img onerror>} shows as text); Atom
     * says its summary and subtitle are text.
     */
    static String plain(boolean rss, String text) {
        String clean = java.util.Objects.requireNonNull(XmlText.clean(text));
        return rss ? HtmlUtils.htmlEscape(clean, StandardCharsets.UTF_8.name()) : clean;
    }

    private String feed(Collectivite collectivite, Site site, String type, String self) {
        var news = actualites.visible(collectivite.id(), LocalDate.now(clock), ENTRIES);
        var feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(XmlText.clean("Actualités — " + collectivite.nom()));
        boolean rss = "rss_2.0".equals(type);
        feed.setDescription(plain(
                rss,
                "Les actualités de la vie scolaire publiées par " + collectivite.nom() + " sur Mon enfant à l'école."));
        feed.setLanguage("fr");
        feed.setLink(ApiSupport.absolute(site.link("/actualites")));
        feed.setUri(ApiSupport.absolute(site.link(self)));
        var selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(ApiSupport.absolute(site.link(self)));
        selfLink.setType("atom_1.0".equals(type) ? ATOM.toString() : RSS.toString());
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(feed.getLink());
        feed.setLinks(List.of(alternate, selfLink));
        feed.setAuthor(collectivite.nom());
        List<SyndEntry> entries = new ArrayList<>();
        Date latest = null;
        for (var a : news) {
            var view = ActualiteView.of(a, site.basePath());
            var entry = new SyndEntryImpl();
            String url = ApiSupport.absolute(view.url());
            entry.setTitle(XmlText.clean(a.titre()));
            entry.setLink(url);
            // A stable id: the address holds the title, which an agent may correct.
            entry.setUri("tag:monenfantalecole.fr,2026:actualite:" + a.id());
            Date date = Date.from(a.publieLe()
                    .atStartOfDay(fr.monenfantalecole.portail.agenda.AgendaCalendar.PARIS)
                    .toInstant());
            entry.setPublishedDate(date);
            entry.setUpdatedDate(date);
            entry.setAuthor(a.isNational() ? "Mon enfant à l'école" : collectivite.nom());
            var summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(plain(rss, a.resume()));
            entry.setDescription(summary);
            var body = new SyndContentImpl();
            body.setType("html");
            body.setValue(XmlText.clean(view.corpsHtml()));
            entry.setContents(List.of(body));
            entries.add(entry);
            if (latest == null || date.after(latest)) {
                latest = date;
            }
        }
        feed.setEntries(entries);
        feed.setPublishedDate(latest == null ? Date.from(collectivite.updatedAt()) : latest);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Flux d'actualités illisible", e);
        }
    }
}
