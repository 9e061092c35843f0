package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.shared.RichText;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * What a hit shows (kind, id, title, path, theme, short answer, detail), kept in memory by
 * document number, read once from the stored fields when the index is built: a search no longer
 * reads and decompresses Lucene's stored fields for each hit and for each highlighted field (about
 * 40 % of the cost of a one-word search). Memory: the text of the shown fields once more on the
 * heap, next to the index's compressed copy (about 1.3 MB for the demo corpus's 1,5 k documents,
 * {@link #chars()} characters in all); it lives and dies with its index.
 */
final class ShownFields {

    private final SearchDocument.Kind[] kinds;
    private final String[] ids;
    private final String[] titles;
    private final String[] paths;
    private final String[] themeIds;
    private final String[] summaries;
    private final String[] bodies;

    ShownFields(IndexReader reader) throws IOException {
        int n = reader.maxDoc();
        kinds = new SearchDocument.Kind[n];
        ids = new String[n];
        titles = new String[n];
        paths = new String[n];
        themeIds = new String[n];
        summaries = new String[n];
        bodies = new String[n];
        var stored = reader.storedFields();
        for (int doc = 0; doc < n; doc++) {
            var d = stored.document(doc);
            kinds[doc] = SearchDocument.Kind.valueOf(d.get("kind"));
            ids[doc] = d.get("id");
            titles[doc] = d.get("title");
            paths[doc] = d.get("path");
            themeIds[doc] = d.get("themeId").intern();
            summaries[doc] = d.get("summary");
            bodies[doc] = d.get("body");
        }
    }

    /** What a hit is about: its sheet's theme, or its kind for a school, a news item, a service. */
    String subject(int doc) {
        return themeIds[doc].isEmpty() ? kinds[doc].name() : themeIds[doc];
    }

    /** A hit of this index; its excerpt the start of the short answer when none is marked. */
    SearchIndex.Hit hit(int doc, @Nullable String excerptHtml, float score) {
        return new SearchIndex.Hit(
                kinds[doc],
                ids[doc],
                titles[doc],
                paths[doc],
                excerptHtml != null ? excerptHtml : plainExcerpt(summaries[doc]),
                themeIds[doc],
                score,
                doc);
    }

    /** The text of a highlighted field ({@code summary} or {@code body}: every document has both) as stored. */
    String text(String field, int doc) {
        return switch (field) {
            case "summary" -> summaries[doc];
            case "body" -> bodies[doc];
            default -> throw new IllegalArgumentException("not a shown text: " + field);
        };
    }

    /** The characters kept (two bytes each at most on the heap), for the memory said above. */
    long chars() {
        long chars = 0;
        for (int doc = 0; doc < ids.length; doc++) {
            chars += ids[doc].length() + titles[doc].length() + paths[doc].length();
            chars += summaries[doc].length() + bodies[doc].length();
        }
        return chars;
    }

    /** The start of the short answer, unmarked, for a hit found by a field that is not shown. */
    private static String plainExcerpt(String summary) {
        String text = summary;
        if (text.length() > 220) {
            text = text.substring(0, 220) + "…";
        }
        return RichText.escape(text);
    }
}
