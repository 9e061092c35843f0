package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.fiche.HiddenFiches;
import fr.monenfantalecole.portail.fiche.LocalFiches;
import fr.monenfantalecole.portail.fiche.NationalFiches;
import fr.monenfantalecole.portail.fiche.Theme;
import fr.monenfantalecole.portail.fiche.Themes;
import fr.monenfantalecole.portail.news.ActualiteView;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.shared.StartupTasks;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index: built from PostgreSQL (the source of truth) at start, rebuilt whole when
 * content changes on any node (announced through LISTEN/NOTIFY), and every hour so that news
 * reaching its publication date appears. Searches read the current index without locks.
 */
@Service
@Order(30)
class SearchService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final NationalFiches fiches;
    private final LocalFiches localFiches;
    private final SearchScopes scopes;
    private final Themes themes;
    private final Actualites actualites;
    private final Etablissements etablissements;
    private final Collectivites collectivites;
    private final FrenchAnalyzers analyzers;
    private final Clock clock;
    private final StartupTasks startup;
    private static final String STARTUP_TASK = "index de recherche";
    private final AtomicReference<SearchIndex> current = new AtomicReference<>();
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("portail-index").factory());
    private final java.util.concurrent.atomic.AtomicBoolean requested = new java.util.concurrent.atomic.AtomicBoolean();

    SearchService(
            NationalFiches fiches,
            LocalFiches localFiches,
            SearchScopes scopes,
            Themes themes,
            Actualites actualites,
            Etablissements etablissements,
            Collectivites collectivites,
            Clock clock,
            StartupTasks startup) {
        this.clock = clock;
        this.startup = startup;
        startup.expect(STARTUP_TASK);
        this.fiches = fiches;
        this.localFiches = localFiches;
        this.scopes = scopes;
        this.themes = themes;
        this.actualites = actualites;
        this.etablissements = etablissements;
        this.collectivites = collectivites;
        try {
            this.analyzers = new FrenchAnalyzers(
                    new ClassPathResource("search/synonymes.txt").getInputStream(),
                    new ClassPathResource("search/lemmes.txt").getInputStream(),
                    ForeignWords.parse(new ClassPathResource("search/langues.txt").getInputStream()),
                    FrenchLexicon.french());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        // After the demo data (runners of lower order): this index holds it, an earlier rebuild may not.
        rebuildNow();
        startup.done(STARTUP_TASK);
    }

    @EventListener({
        NationalFiches.Published.class,
        LocalFiches.Changed.class,
        HiddenFiches.Changed.class,
        Actualites.Changed.class,
        Etablissements.Changed.class
    })
    void onContentChanged() {
        scheduleRebuild();
    }

    @Scheduled(cron = "0 1 * * * *", zone = "Europe/Paris")
    void hourly() {
        scheduleRebuild();
    }

    /**
     * Several changes in a burst cost one rebuild; a change announced while a rebuild runs gets a
     * rebuild of its own after it (the running one may have read the data before the change).
     */
    void scheduleRebuild() {
        if (requested.compareAndSet(false, true)) {
            rebuilds.schedule(
                    () -> {
                        requested.set(false);
                        try {
                            rebuildNow();
                        } catch (RuntimeException e) {
                            log.error("Reconstruction de l'index de recherche impossible", e);
                        }
                    },
                    200,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Rebuilds the index from the database and swaps it in. */
    public void rebuildNow() {
        long start = System.nanoTime();
        var index = new SearchIndex(analyzers, documents());
        // The previous index is left to the garbage collector rather than closed: searches still
        // running on it finish normally (it lives on the heap and holds no file).
        current.set(index);
        log.info("Index de recherche : {} documents en {} ms.", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    public SearchIndex index() {
        var index = current.get();
        if (index == null) {
            rebuildNow();
            index = Objects.requireNonNull(current.get());
        }
        return index;
    }

    /** What a collectivité's parents may find (kept in memory, see {@link SearchScopes}). */
    public SearchScope scope(Collectivite c) {
        return scopes.of(c);
    }

    /**
     * Whether the best hit holds enough of the query's words (weighed by rarity) to answer it, or is
     * only the closest guess: the page then says that no sheet answers exactly, and still lists the
     * guesses, since a long question whose intent is two words among many would otherwise lose them.
     * {@code hits} are those {@code index} found for {@code query}, best first.
     */
    public boolean answers(SearchIndex index, String query, List<SearchIndex.Hit> hits) {
        // The best hit of the page's own search: no second search for the notice.
        return !hits.isEmpty() && index.confident(query, hits.getFirst());
    }

    public FrenchAnalyzers analyzers() {
        return analyzers;
    }

    List<SearchDocument> documents() {
        Map<String, Theme> byId = themes.all().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        List<SearchDocument> docs = new ArrayList<>();
        for (var fiche : fiches.published()) {
            var version = fiches.version(Objects.requireNonNull(fiche.publishedVersionId()))
                    .orElseThrow();
            docs.add(SearchDocuments.nationalFiche(
                    fiche.key(),
                    fiche.themeId(),
                    label(byId, fiche.themeId()),
                    fiche.niveau().code(),
                    version.content()));
        }
        for (var local : localFiches.all()) {
            if (local.publiee()) {
                docs.add(SearchDocuments.localFiche(
                        local.collectiviteId(),
                        local.key(),
                        local.themeId(),
                        label(byId, local.themeId()),
                        local.niveau().code(),
                        local.content()));
            }
        }
        for (var a : actualites.published(LocalDate.now(clock))) {
            docs.add(SearchDocuments.news(
                    a.collectiviteId(),
                    a.id(),
                    a.titre(),
                    a.resume(),
                    a.corps(),
                    ActualiteView.of(a, "").url()));
        }
        etablissements.all().stream()
                .filter(Etablissement::ouvert)
                .filter(e -> e.niveau() != null)
                .forEach(e -> docs.add(SearchDocuments.establishment(e)));
        return docs;
    }

    private static String label(Map<String, Theme> themes, String id) {
        var theme = themes.get(id);
        return theme == null ? id : theme.libelle();
    }
}
