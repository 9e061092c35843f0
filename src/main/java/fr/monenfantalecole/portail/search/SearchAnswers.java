package fr.monenfantalecole.portail.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.fiche.HiddenFiches;
import fr.monenfantalecole.portail.fiche.LocalFiches;
import fr.monenfantalecole.portail.fiche.NationalFiches;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The answers of the public search API given lately, so that a question asked again (the popular
 * ones are asked again and again) costs a map read instead of a Lucene search with highlighting.
 *
 * <p>An answer is kept with the index and the collectivité's scope it was computed from, and served
 * only while both are still the current ones (compared by identity): an index rebuilt after any
 * content change on any node, or a scope forgotten by {@link SearchScopes} (a fiche or news item
 * hidden, a collectivité changed, heard on every node), makes every older answer unreachable at
 * once, whatever the order in which the listeners run. The same events also empty the cache, for
 * memory's sake. Keyed by the question as sent back (stripped and clipped, not folded: the answer
 * repeats it). Bounded by the hits held; the expiry backs up a lost notification.
 */
@Component
public class SearchAnswers {

    /** Hits best first, and when there are none the query as the ranking corrected it (null if it replaced no word). */
    public record Answer(
            List<SearchIndex.Hit> hits, @Nullable String suggestion) {}

    private record Key(long collectiviteId, boolean completion, String query, int limit) {}

    private record Entry(SearchIndex index, SearchScope scope, Answer answer) {}

    private final Supplier<SearchIndex> index;
    private final Function<Collectivite, SearchScope> scopes;
    private final Cache<Key, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(200_000)
            .<Key, Entry>weigher((k, e) -> 1 + e.answer().hits().size())
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    @Autowired
    SearchAnswers(SearchService search) {
        this(search::index, search::scope);
    }

    /** On any index and scopes (the in-process benchmark's). */
    public SearchAnswers(Supplier<SearchIndex> index, Function<Collectivite, SearchScope> scopes) {
        this.index = index;
        this.scopes = scopes;
    }

    /**
     * Taken before answering: true while the index and this collectivité's scope are those an answer
     * computed now reads (the public answers' memory sends the answer's bytes again only while it is).
     */
    public BooleanSupplier unchanged(Collectivite collectivite) {
        var index = this.index.get();
        var scope = scopes.apply(collectivite);
        return () -> this.index.get() == index && scopes.apply(collectivite) == scope;
    }

    /** The ranked hits of a question, with a spelling proposed when none is found. */
    public Answer search(Collectivite collectivite, String query, int limit) {
        return answer(new Key(collectivite.id(), false, query, limit), collectivite);
    }

    /** Titles completing what is being typed. */
    public List<SearchIndex.Hit> suggest(Collectivite collectivite, String typed, int limit) {
        return answer(new Key(collectivite.id(), true, typed, limit), collectivite)
                .hits();
    }

    private Answer answer(Key key, Collectivite collectivite) {
        var index = this.index.get();
        var scope = scopes.apply(collectivite);
        var kept = entries.getIfPresent(key);
        if (kept != null && kept.index() == index && kept.scope() == scope) {
            return kept.answer();
        }
        var answer = key.completion()
                ? new Answer(index.suggest(scope, key.query(), key.limit()), null)
                : compute(index, scope, key);
        entries.put(key, new Entry(index, scope, answer));
        return answer;
    }

    private static Answer compute(SearchIndex index, SearchScope scope, Key key) {
        return compute(index, scope, key.query(), key.limit());
    }

    /** What a question costs when it is not kept: the search, and the spelling when nothing is found. */
    public static Answer compute(SearchIndex index, SearchScope scope, String query, int limit) {
        if (query.isEmpty()) {
            return new Answer(List.of(), null);
        }
        var hits = index.search(scope, query, limit);
        return new Answer(hits, hits.isEmpty() ? index.correction(query) : null);
    }

    @EventListener({
        NationalFiches.Published.class,
        LocalFiches.Changed.class,
        HiddenFiches.Changed.class,
        Actualites.Changed.class,
        Etablissements.Changed.class,
        Collectivites.Changed.class
    })
    void forget() {
        entries.invalidateAll();
    }
}
