package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/** How well a document answers what a parent typed: the ranking query of one index. */
final class Relevance {

    static final Map<String, Float> FIELDS = Map.of(
            "title", 4f, "questions", 3f, "summary", 2f, "body", 1f, "theme", 1.5f, "syn", 4.0f, "syn_title", 2.5f);
    static final float PHRASE = 3f;
    static final float COVERAGE = 5f;
    /**
     * Query-side weighting: the power of the rarity ratio, from how many words (see QueryWeights).
     * A square root: BM25 already weighs each word by its rarity, a full ratio counted it twice and
     * let one rare word of the scene outvote the question (long questions of the tune half: power 1
     * 0.717, 0.5 0.722, 0 0.708).
     */
    static final double RARITY = 0.5;

    static final int RARITY_FROM = 5;
    static final float FUZZY_WEIGHT = 2.5f;
    static final float ACCENT_WEIGHT = 1.5f;
    /** The share of a word's other fields beside its best one (DisjunctionMax). */
    static final float TIE = 0.2f;
    /**
     * How much the thesaurus's word counts for a word no text uses, against the word itself (see
     * FrenchThesaurus; spent blind sets v2–v8 and the tune half: 0 0.7648, 0.5 0.7668, 1 0.7657).
     */
    static final float THESAURUS = 0.5f;

    private final FrenchAnalyzers analyzers;
    private final DirectoryReader reader;

    private final java.util.Set<String> scene;
    private final Misspellings misspellings;
    private final InflectedWords inflected;
    private final ThesaurusWords thesaurus;
    private final RankingWeights weights;

    Relevance(FrenchAnalyzers analyzers, DirectoryReader reader) {
        this.analyzers = analyzers;
        this.reader = reader;
        this.scene = java.util.Set.copyOf(SearchIndex.tokens(analyzers.plainQuery(), NarrativeFiller.SCENE));
        this.misspellings = new Misspellings(reader, analyzers);
        this.inflected = new InflectedWords(reader, analyzers);
        this.thesaurus = new ThesaurusWords(reader, analyzers);
        this.weights = RankingWeights.DEFAULTS;
    }

    private Relevance(Relevance other, RankingWeights weights) {
        this.analyzers = other.analyzers;
        this.reader = other.reader;
        this.scene = other.scene;
        this.misspellings = other.misspellings;
        this.inflected = other.inflected;
        this.thesaurus = other.thesaurus;
        this.weights = weights;
    }

    /** The same ranking with other numbers (a benchmark's; production keeps the defaults). */
    Relevance weighed(RankingWeights other) {
        return new Relevance(this, other);
    }

    /**
     * For each word: exact matches in every field (titles and parents' questions weigh most), and
     * for words of 5 letters or more a fuzzy match (1 edit, 2 from 10 letters) so short words stay
     * exact; a phrase bonus when the words follow each other in the title or the questions.
     */
    Query of(String typed) {
        var reading = read(typed);
        String uncorrected = reading.uncorrected();
        String text = reading.french();
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(SearchIndex.tokens(analyzers.plainQuery(), text)));
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        var query = new BooleanQuery.Builder();
        // Each word as typed, exact in any field (the best field counts most), weighed by its rarity.
        var w = this.weights;
        float[] weights = QueryWeights.of(reader, terms, w.rarityFrom(), w.rarity());
        if (terms.size() >= w.rarityFrom()) {
            for (int i = 0; i < terms.size(); i++) {
                if (scene.contains(terms.get(i))) {
                    weights[i] *= w.scene();
                }
            }
        }
        for (int i = 0; i < terms.size(); i++) {
            query.add(new BoostQuery(anyField(terms.get(i), w), weights[i]), Occur.SHOULD);
        }
        // A word no text uses ("morsure", "turbulent"): the words the thesaurus gives for it that the
        // texts use, the best one counting, below what the word itself would count. Only in a query with
        // a word of the texts: one made of words no text uses ("xylophone quantique") finds nothing, and
        // the editorial team sees it among the searches without a result.
        var words = new LinkedHashSet<>(SearchIndex.tokens(analyzers.spelling(), text));
        if (w.thesaurus() > 0 && words.stream().anyMatch(t -> !FrenchAnalyzers.STOP_WORDS.contains(t) && isKnown(t))) {
            for (String word : words) {
                var alternatives = thesaurus.of(word);
                if (!alternatives.isEmpty()) {
                    List<String> stem = SearchIndex.tokens(analyzers.plainQuery(), word);
                    int at = stem.isEmpty() ? -1 : terms.indexOf(stem.getFirst());
                    float weight = (at >= 0 ? weights[at] : 1f) * w.thesaurus();
                    List<Query> perWord = new ArrayList<>();
                    for (String synonym : alternatives) {
                        perWord.add(anyField(synonym, w));
                    }
                    query.add(new BoostQuery(new DisjunctionMaxQuery(perWord, 0f), weight), Occur.SHOULD);
                }
            }
        }
        // Accents typed are a signal too, when they distinguish words that fold alike.
        for (String word : new LinkedHashSet<>(SearchIndex.tokens(analyzers.accented(), text))) {
            if (!word.chars().allMatch(c -> c < 128)) {
                query.add(new BoostQuery(new TermQuery(new Term("accents", word)), w.accent()), Occur.SHOULD);
            }
        }
        // A word the texts never use, as written, is probably a typo: it may be 1 edit away (2 from 10
        // letters) from a word they use. Words under 5 letters stay exact, so "cp" never becomes "ce";
        // two edits on shorter words reached unrelated words ("quantique" found "quantité").
        // A word the correction replaced is searched as corrected: its own typo clause would only add the
        // texts that repeat some neighbour of it ("garderi" ranking "halte-garderie" above "garderie").
        var replaced = new java.util.HashSet<String>();
        for (var r : reading.corrected().replaced()) {
            replaced.addAll(SearchIndex.tokens(analyzers.spelling(), r.typed()));
        }
        for (String word : new LinkedHashSet<>(SearchIndex.tokens(analyzers.spelling(), uncorrected))) {
            if (word.length() >= 5
                    && !FrenchAnalyzers.STOP_WORDS.contains(word)
                    && !isKnown(word)
                    && !replaced.contains(word)) {
                int edits = word.length() >= 10 ? 2 : 1;
                query.add(
                        new BoostQuery(new FuzzyQuery(new Term("spell", word), edits, 1, 50, true), w.fuzzy()),
                        Occur.SHOULD);
            }
        }
        if (terms.size() > 1) {
            // A title that says every word asked, in the parent's words or the administration's
            // ("prix cantine" and "Combien coûte un repas à la cantine ?"), is the surest answer.
            var all = new BooleanQuery.Builder();
            // Words that a tenth of all titles say ("école") tell no title from another: left out.
            int telling = 0;
            for (String t : terms) {
                if (!isCommonInTitles(t)) {
                    all.add(new TermQuery(new Term("syn_title", t)), Occur.MUST);
                    telling++;
                }
            }
            if (telling > 0) {
                query.add(new BoostQuery(new ConstantScoreQuery(all.build()), w.coverage()), Occur.SHOULD);
            }
        }
        if (terms.size() > 1) {
            for (String field : List.of("title", "questions")) {
                var phrase = new PhraseQuery.Builder().setSlop(3);
                terms.forEach(t -> phrase.add(new Term(field, t)));
                query.add(new BoostQuery(phrase.build(), w.phrase()), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** A term exact in any field, its best field counting most. */
    private static Query anyField(String term, RankingWeights w) {
        List<Query> perField = new ArrayList<>();
        for (var field : w.fields().entrySet()) {
            perField.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()));
        }
        return new DisjunctionMaxQuery(perField, w.tie());
    }

    /**
     * What was typed as the ranking reads it, computed once per text: a page asks for the ranking, the
     * correction shown and the coverage of the same text.
     *
     * @param uncorrected with the words of other languages put in French, without the words a long
     *     question is wrapped in (see NarrativeFiller), misspellings kept (the fuzzy clauses read them)
     * @param corrected also with its inflected words put back to their lemma and its misspelt words
     *     corrected, with what was replaced
     * @param french {@code corrected} without the words a long question is wrapped in
     */
    record Reading(String typed, String uncorrected, Misspellings.Correction corrected, String french) {}

    /** The last text read (one per search, shared by the requests of a page). */
    private volatile @Nullable Reading last;

    Reading read(String typed) {
        var kept = last;
        if (kept != null && kept.typed().equals(typed)) {
            return kept;
        }
        String inFrench = analyzers.foreignWords().toFrench(typed, this::isKnown);
        var corrected = misspellings.corrections(inflected.toLemmas(inFrench));
        var reading =
                new Reading(typed, NarrativeFiller.strip(inFrench), corrected, NarrativeFiller.strip(corrected.text()));
        last = reading;
        return reading;
    }

    /** What was typed in French, corrected, without the words a long question is wrapped in. */
    String french(String typed) {
        return read(typed).french();
    }

    /** What was typed with other languages put in French and misspelt words corrected, and what was replaced. */
    Misspellings.Correction corrected(String typed) {
        return read(typed).corrected();
    }

    /** Whether a tenth of the titles or more use this word (with synonyms). */
    private boolean isCommonInTitles(String term) {
        try {
            return reader.docFreq(new Term("syn_title", term)) * 10L >= reader.getDocCount("syn_title");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some text uses this word as written (folded, not stemmed). */
    private boolean isKnown(String word) {
        try {
            return reader.docFreq(new Term("spell", word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
