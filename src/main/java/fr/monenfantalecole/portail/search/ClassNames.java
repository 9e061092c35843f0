package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Class names that contain another: "toute petite section" (children of 2) is its own class, read
 * as one word on both sides, so that it no longer answers "petite section" (children of 3).
 */
final class ClassNames {

    static final String RULES = "toute petite section => tps";

    private static final SynonymMap MAP = parse();

    private ClassNames() {}

    /** The stream with each longer class name replaced by its one word (flattened for indexing). */
    static TokenStream contracted(TokenStream stream) {
        return new FlattenGraphFilter(new SynonymGraphFilter(stream, MAP, true));
    }

    private static SynonymMap parse() {
        var analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, FrenchAnalyzers.normalised(tokenizer));
            }
        };
        try {
            var parser = new SolrSynonymParser(true, false, analyzer);
            parser.parse(new StringReader(RULES));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Règle de classe illisible : " + e.getMessage(), e);
        }
    }
}
