package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * With public pages served from memory, every write of public content an agent makes through the back
 * office shows on the next request of the page that shows it: each step warms the page (kept in
 * memory), writes, and reads it again. A write that published no event would leave the old page.
 * The holiday calendar's upload and the school directory's import are walked by their own tests
 * (AgendaIntegrationTest, AnnuaireImportIntegrationTest), which run with the cache on as the suite does.
 */
@PortailTest
class PublicContentWritesIntegrationTest {

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPages pages;

    @Autowired
    Collectivites collectivites;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void servedFromMemory() {
        assertThat(pages.active()).as("the cache is on by default").isTrue();
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        return response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Reads the page twice (the second from memory), writes, and returns the page read next. */
    private <B extends AbstractMockHttpServletRequestBuilder<B>> String afterWrite(String slug, String path, B write)
            throws Exception {
        String before = page(path);
        assertThat(pages.holds(collectivites.findBySlug(slug).orElseThrow().id()))
                .as(path + " kept in memory")
                .isTrue();
        assertThat(page(path)).isEqualTo(before);
        int status = mvc.perform(write.with(csrf()).with(w.admin().mvc()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as("the write is accepted").isBetween(200, 399);
        return page(path);
    }

    private static String today() {
        return LocalDate.now(PortailClock.ZONE).format(DAY);
    }

    @Test
    void anAgendaEvent() throws Exception {
        String title = "Carnaval de la page en mémoire " + System.nanoTime();
        String shown = afterWrite(
                w.slug(),
                "/" + w.slug() + "/agenda",
                post("/admin/" + w.slug() + "/agenda/nouvel")
                        .param("titre", title)
                        .param("categorie", "autre")
                        .param("ecole", "")
                        .param("lieu", "Cour")
                        .param("description", "Jeux.")
                        .param(
                                "dateDebut",
                                LocalDate.now(PortailClock.ZONE).plusDays(9).format(DAY))
                        .param("dateFin", ""));
        assertThat(shown).contains(title);
    }

    @Test
    void aNationalFicheHiddenThenShownAgain() throws Exception {
        String theme = "/" + w.slug() + "/questions/calendrier-vacances";
        assertThat(page(theme)).contains("CAL-001-");
        assertThat(afterWrite(w.slug(), theme, post("/admin/" + w.slug() + "/questions/CAL-001/masquer")))
                .doesNotContain("CAL-001-");
        assertThat(afterWrite(w.slug(), theme, post("/admin/" + w.slug() + "/questions/CAL-001/afficher")))
                .contains("CAL-001-");
    }

    @Test
    void aLocalValueInAFiche() throws Exception {
        String hours = "De 7 h 20 à 8 h " + (10 + System.nanoTime() % 40);
        String fiche = fr.monenfantalecole.portail.fiche.QuestionsReponses.url(
                "/" + w.slug(), "periscolaire", "PER-001", "Qu'est-ce que l'accueil périscolaire ?");
        assertThat(afterWrite(
                        w.slug(),
                        fiche,
                        post("/admin/" + w.slug() + "/donnees-locales")
                                .param("champ.periscolaire.horaires_matin", hours)))
                .contains(hours);
    }

    @Test
    void aNewsItemPublishedThenDeleted() throws Exception {
        String title = "Dossier de la page en mémoire " + System.nanoTime();
        assertThat(afterWrite(
                        w.slug(),
                        "/" + w.slug() + "/actualites",
                        multipart("/admin/" + w.slug() + "/actualites/nouvelle")
                                .param("titre", title)
                                .param("resume", "Le samedi.")
                                .param("corps", "Venez nombreux.")
                                .param("publieLe", today())))
                .contains(title);
        long id = jdbc.sql("select id from actualite where titre = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        assertThat(afterWrite(
                        w.slug(),
                        "/" + w.slug() + "/actualites",
                        post("/admin/" + w.slug() + "/actualites/" + id + "/supprimer")))
                .doesNotContain(title);
    }

    @Test
    void theFeedsAndTheSitemapFollowTheNewsAndTheAgenda() throws Exception {
        String title = "Kermesse des flux en mémoire " + System.nanoTime();
        var feeds = List.of(
                "/" + w.slug() + "/actualites.rss",
                "/" + w.slug() + "/actualites.atom",
                "/" + w.slug() + "/sitemap.xml");
        for (String feed : feeds) {
            String before = page(feed);
            assertThat(before).startsWith("200 ").doesNotContain(title);
            assertThat(page(feed)).as(feed + " read again").isEqualTo(before);
        }
        pages.forget();
        page("/" + w.slug() + "/actualites.rss");
        assertThat(pages.holds(collectivites.findBySlug(w.slug()).orElseThrow().id()))
                .as("a feed is kept in memory")
                .isTrue();

        mvc.perform(multipart("/admin/" + w.slug() + "/actualites/nouvelle")
                .param("titre", title)
                .param("resume", "Le samedi.")
                .param("corps", "Venez nombreux.")
                .param("publieLe", today())
                .with(csrf())
                .with(w.admin().mvc()));
        long id = jdbc.sql("select id from actualite where titre = :t")
                .param("t", title)
                .query(Long.class)
                .single();

        assertThat(page("/" + w.slug() + "/actualites.rss")).contains(title);
        assertThat(page("/" + w.slug() + "/actualites.atom")).contains(title);
        assertThat(page("/" + w.slug() + "/sitemap.xml")).contains("/actualites/" + id);
        String event = "Fête des flux en mémoire " + System.nanoTime();
        assertThat(afterWrite(
                        w.slug(),
                        "/" + w.slug() + "/agenda.ics",
                        post("/admin/" + w.slug() + "/agenda/nouvel")
                                .param("titre", event)
                                .param("categorie", "autre")
                                .param("ecole", "")
                                .param("lieu", "Cour")
                                .param("description", "Jeux.")
                                .param(
                                        "dateDebut",
                                        LocalDate.now(PortailClock.ZONE)
                                                .plusDays(9)
                                                .format(DAY))
                                .param("dateFin", "")))
                .contains(event);
        mvc.perform(post("/admin/" + w.slug() + "/actualites/" + id + "/supprimer")
                .with(csrf())
                .with(w.admin().mvc()));
        assertThat(page("/" + w.slug() + "/actualites.rss")).doesNotContain(title);
    }

    @Test
    void aCollectivitesIllustration() throws Exception {
        // A banner, when uploaded, wins over the illustration: the test's commune has none.
        var portal = w.collectivite();
        assertThat(portal.hasBanniere()).isFalse();
        String kept = portal.illustration() == null ? "aucune" : portal.illustration();
        var other = Illustration.MER.file().equals(kept) ? Illustration.PARC : Illustration.MER;
        String home = "/" + portal.slug() + "/";
        try {
            assertThat(afterWrite(
                            portal.slug(),
                            home,
                            post("/admin/" + portal.slug() + "/apparence/illustration")
                                    .param("illustration", other.file())))
                    .contains(other.svg());
        } finally {
            mvc.perform(post("/admin/" + portal.slug() + "/apparence/illustration")
                    .param("illustration", kept)
                    .with(csrf())
                    .with(w.admin().mvc()));
        }
    }
}
