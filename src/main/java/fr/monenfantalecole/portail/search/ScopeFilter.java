package fr.monenfantalecole.portail.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** What one collectivité's parents may find, as a Lucene filter: see {@link SearchScope}. */
final class ScopeFilter {

    static final String SCOPE_ESTABLISHMENT = "etablissement";

    private ScopeFilter() {}

    static Query of(SearchScope scope) {
        var national = new BooleanQuery.Builder().add(new TermQuery(new Term("scope", "national")), Occur.MUST);
        if (!scope.hiddenIds().isEmpty()) {
            national.add(
                    new TermInSetQuery(
                            "id", scope.hiddenIds().stream().map(BytesRef::new).toList()),
                    Occur.MUST_NOT);
        }
        var filter = new BooleanQuery.Builder()
                .add(national.build(), Occur.SHOULD)
                .add(new TermQuery(new Term("scope", "c:" + scope.collectiviteId())), Occur.SHOULD);
        if (scope.ecoles() || scope.colleges()) {
            filter.add(establishments(scope), Occur.SHOULD);
        }
        return filter.build();
    }

    /** The establishments of the collectivité's territory, of the levels it presents. */
    private static Query establishments(SearchScope scope) {
        var territory = new BooleanQuery.Builder();
        if (scope.departementCode() != null) {
            territory.add(new PrefixQuery(new Term("commune", scope.departementCode())), Occur.SHOULD);
        }
        if (!scope.communes().isEmpty()) {
            territory.add(
                    new TermInSetQuery(
                            "commune",
                            scope.communes().stream().map(BytesRef::new).toList()),
                    Occur.SHOULD);
        }
        var levels = new BooleanQuery.Builder();
        if (scope.ecoles()) {
            levels.add(new TermQuery(new Term("niveau", "ecole")), Occur.SHOULD);
        }
        if (scope.colleges()) {
            levels.add(new TermQuery(new Term("niveau", "college")), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("scope", SCOPE_ESTABLISHMENT)), Occur.MUST)
                .add(territory.build(), Occur.MUST)
                .add(levels.build(), Occur.MUST)
                .build();
    }
}
