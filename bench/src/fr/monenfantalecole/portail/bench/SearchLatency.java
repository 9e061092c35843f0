package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchAnswers;
import fr.monenfantalecole.portail.search.SearchIndex;
import fr.monenfantalecole.portail.search.SearchScope;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * In-process latency of a search and of a suggestion on the demo corpus (national sheets and the
 * 993 establishments), over the development queries; JMH sample mode gives the percentiles (p0.95
 * is the "p95 ≤ 2 ms", highlighting included). The baseline is a single exact term query on
 * the same index, measured in the same run. {@code apiSearch} is what the JSON API calls
 * ({@code SearchAnswers}: a question asked again is answered from memory; all are asked once in the
 * set-up); {@code apiNewQuestion}
 * is what a question not asked before costs there (the search, and the spelling when nothing is
 * found).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchLatency {

    static final Collectivite ANY = BenchCorpus.commune(0, "bench", "Bench", "35115");

    SearchIndex index;
    SearchScope scope;
    SearchAnswers answers;
    List<String> queries;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        index = BenchCorpus.index(true);
        scope = new SearchScope(0, Set.of(), Set.of("35115"), null, true, true);
        queries = SearchQuality.cases().stream().map(SearchQuality.Case::query).toList();
        answers = new SearchAnswers(() -> index, c -> scope);
        // apiSearch measures a question asked again: every development question once before.
        queries.forEach(q -> answers.search(ANY, q, 10));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        index.close();
    }

    private String nextQuery() {
        next = (next + 1) % queries.size();
        return queries.get(next);
    }

    @Benchmark
    public Object search() {
        return index.search(scope, nextQuery(), 10);
    }

    @Benchmark
    public Object apiSearch() {
        return answers.search(ANY, nextQuery(), 10);
    }

    @Benchmark
    public Object apiNewQuestion() {
        return SearchAnswers.compute(index, scope, nextQuery(), 10);
    }

    @Benchmark
    public Object suggest() {
        String q = nextQuery();
        return index.suggest(scope, q.substring(0, Math.min(q.length(), 6)), 6);
    }

    @Benchmark
    public Object baselineSingleTerm() {
        nextQuery();
        return index.search(scope, "cantine", 10);
    }
}
