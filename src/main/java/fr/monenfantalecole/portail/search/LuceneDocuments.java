package fr.monenfantalecole.portail.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/** How a search document is laid out in the index: one field per way it is searched, shown or filtered. */
final class LuceneDocuments {

    /** Stored, with offsets in the postings so that highlighting needs no re-analysis. */
    private static final FieldType WITH_OFFSETS = withOffsets();

    private LuceneDocuments() {}

    private static FieldType withOffsets() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * The index's memory, each file in one buffer: every term or postings look-up clones its input,
     * and a file kept in many small buffers (the default) made each clone copy the list of them, a
     * large share of a search's time.
     */
    static ByteBuffersDirectory directory() {
        return new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    static Document of(SearchDocument d) {
        var doc = new Document();
        doc.add(new StringField("kind", d.kind().name(), Field.Store.YES));
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new StringField("scope", d.scope(), Field.Store.NO));
        String commune = d.commune();
        if (commune != null) {
            doc.add(new StringField("commune", commune, Field.Store.NO));
        }
        String niveau = d.niveau();
        if (niveau != null) {
            doc.add(new StringField("niveau", niveau, Field.Store.NO));
        }
        String questions = String.join("\n", d.questions());
        doc.add(new TextField("title", d.title(), Field.Store.YES));
        doc.add(new TextField("questions", questions, Field.Store.NO));
        doc.add(new Field("summary", d.summary(), WITH_OFFSETS));
        doc.add(new Field("body", d.body(), WITH_OFFSETS));
        doc.add(new TextField("theme", d.theme(), Field.Store.YES));
        doc.add(new TextField(
                "spell", d.title() + "\n" + questions + "\n" + d.summary() + "\n" + d.body(), Field.Store.NO));
        doc.add(new TextField("syn", d.title() + "\n" + questions + "\n" + d.summary(), Field.Store.NO));
        doc.add(new TextField("syn_title", d.title(), Field.Store.NO));
        doc.add(new TextField("suggest", d.title() + "\n" + questions, Field.Store.NO));
        doc.add(new TextField("suggest_title", d.title(), Field.Store.NO));
        doc.add(new TextField("accents", d.title() + "\n" + questions, Field.Store.NO));
        doc.add(new StoredField("path", d.path()));
        doc.add(new StoredField("themeId", d.themeId()));
        return doc;
    }
}
