package fr.monenfantalecole.portail.shared;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds what makes a PDF do something rather than show something: scripts, launched programs,
 * files carried inside. Every object of the file is visited (those the cross-reference table lists
 * and everything they hold), so an action hidden in a page, an annotation, a form field or an
 * object stream is found as well as one in the catalogue.
 */
final class PdfActiveContent {

    /** What was found, worded for the director. */
    enum Kind {
        SCRIPT("du JavaScript (une action ou un formulaire qui s'exécute à l'ouverture)"),
        LAUNCH("une commande qui lance un programme ou ouvre un autre fichier"),
        SUBMIT("un formulaire qui envoie ou importe des données"),
        EMBEDDED_FILE("des fichiers joints à l'intérieur du PDF");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName GO_TO_EMBEDDED = COSName.getPDFName("GoToE");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    private static final COSName GO_TO_REMOTE = COSName.getPDFName("GoToR");
    private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
    private static final COSName IMPORT_DATA = COSName.getPDFName("ImportData");

    private PdfActiveContent() {}

    static Optional<Kind> find(PDDocument document) {
        var cos = document.getDocument();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var pending = new ArrayDeque<COSBase>();
        pending.add(cos.getTrailer());
        cos.getXrefTable().keySet().forEach(key -> pending.add(cos.getObjectFromPool(key)));
        while (!pending.isEmpty()) {
            COSBase next = pending.poll();
            COSBase base = next instanceof COSObject reference ? reference.getObject() : next;
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                var kind = kind(dictionary);
                if (kind.isPresent()) {
                    return kind;
                }
                pending.addAll(dictionary.getValues());
            } else if (base instanceof COSArray array) {
                array.forEach(pending::add);
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> kind(COSDictionary d) {
        COSName action = d.getCOSName(COSName.S);
        if (COSName.JAVA_SCRIPT.equals(action)
                || d.containsKey(JS)
                || d.containsKey(COSName.JAVA_SCRIPT)
                || d.containsKey(XFA)) {
            return Optional.of(Kind.SCRIPT);
        }
        if (LAUNCH.equals(action) || GO_TO_REMOTE.equals(action)) {
            return Optional.of(Kind.LAUNCH);
        }
        if (SUBMIT_FORM.equals(action) || IMPORT_DATA.equals(action)) {
            return Optional.of(Kind.SUBMIT);
        }
        if (GO_TO_EMBEDDED.equals(action)
                || EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(d.getCOSName(COSName.SUBTYPE))
                || RICH_MEDIA.equals(d.getCOSName(COSName.SUBTYPE))
                || d.containsKey(COSName.EMBEDDED_FILES)
                || d.containsKey(COSName.EF)) {
            return Optional.of(Kind.EMBEDDED_FILE);
        }
        return Optional.empty();
    }
}
