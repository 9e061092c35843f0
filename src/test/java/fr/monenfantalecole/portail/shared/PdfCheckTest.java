package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** Directors' PDFs: parsed whole, refused when they are something else or do something when opened. */
public class PdfCheckTest {

    /** A one-page PDF, changed by the given step before it is saved (compressed: objects in object streams). */
    public static byte[] pdf(Consumer<PDDocument> change) throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            change.accept(document);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPlainPdfIsAccepted() throws IOException {
        assertThat(PdfCheck.check(pdf(d -> {}), "Projet d'école.pdf"))
                .isInstanceOfSatisfying(
                        PdfCheck.Accepted.class,
                        accepted -> assertThat(accepted.nom()).isEqualTo("Projet d'école.pdf"));
    }

    @Test
    void whatIsKeptIsPdfBoxsCopyNotTheRawUpload() throws IOException {
        // A web page after the end of the file: PDFBox reads the PDF and ignores it; a browser sniffing
        // the download, or another reader, might not.
        byte[] upload = concat(
                pdf(d -> {}),
                "\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                        .getBytes(StandardCharsets.US_ASCII));
        var accepted = (PdfCheck.Accepted) PdfCheck.check(upload, "menu.pdf");
        assertThat(new String(accepted.contenu(), StandardCharsets.ISO_8859_1))
                .doesNotContain("<script>")
                .startsWith("%PDF-");
        try (var kept = org.apache.pdfbox.Loader.loadPDF(accepted.contenu())) {
            assertThat(kept.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void formsThatSendDataAndLinksToOtherFilesAreRefused() throws IOException {
        Map<String, byte[]> cases = Map.of(
                "envoie ou importe des données",
                pdf(d -> {
                    var submit = new PDActionSubmitForm();
                    submit.setFile(new PDSimpleFileSpecification(
                            new org.apache.pdfbox.cos.COSString("https://exemple.invalid/collecte")));
                    d.getDocumentCatalog().setOpenAction(submit);
                }),
                "ouvre un autre fichier",
                pdf(d -> {
                    var remote = new PDActionRemoteGoTo();
                    remote.setFile(new PDSimpleFileSpecification(
                            new org.apache.pdfbox.cos.COSString("\\\\serveur\\partage\\piege.pdf")));
                    d.getDocumentCatalog().setOpenAction(remote);
                }));
        cases.forEach((words, bytes) -> assertThat(PdfCheck.check(bytes, "formulaire.pdf"))
                .as(words)
                .isInstanceOfSatisfying(
                        PdfCheck.Refused.class,
                        refused -> assertThat(refused.message()).contains(words)));
    }

    @Test
    void actionsThatPdfBoxWouldNotReadAreFoundInTheRawBytes() throws IOException {
        // After the last %%EOF and in no cross-reference table: PDFBox's tree never holds them.
        Map<String, String> hidden = Map.of(
                "JavaScript", "99 0 obj <</S/JavaScript/JS(app.alert(1))>> endobj",
                "lance un programme", "99 0 obj <</S/Launch/F(cmd.exe)>> endobj",
                "ouvre un autre fichier", "99 0 obj <</S/GoToR/F(//serveur/piege.pdf)/D[0/Fit]>> endobj",
                "envoie ou importe", "99 0 obj <</S/SubmitForm/F(https://exemple.invalid)>> endobj",
                "JavaScript  ", "99 0 obj <</S/Java#53cript/JS(app.alert(1))>> endobj");
        for (var entry : hidden.entrySet()) {
            byte[] upload = concat(pdf(d -> {}), ("\n" + entry.getValue() + "\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(PdfCheck.check(upload, "sortie.pdf"))
                    .as(entry.getValue())
                    .isInstanceOfSatisfying(
                            PdfCheck.Refused.class,
                            refused -> assertThat(refused.message())
                                    .contains(entry.getKey().strip()));
        }
        // A name that merely starts like one is not one.
        assertThat(PdfCheck.check(
                        concat(pdf(d -> {}), "\n%/JSON /Launcher\n".getBytes(StandardCharsets.US_ASCII)), "ok.pdf"))
                .isInstanceOf(PdfCheck.Accepted.class);
    }

    public static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void theFirstFiveBytesOfAPdfFollowedByAWebPageAreRefused() {
        byte[] forged = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(PdfCheck.check(forged, "menu.pdf"))
                .isInstanceOfSatisfying(
                        PdfCheck.Refused.class,
                        refused -> assertThat(refused.message()).contains("pas un PDF lisible"));
    }

    @Test
    void pdfsThatRunScriptsLaunchProgramsOrCarryFilesAreRefusedSayingWhy() throws IOException {
        Map<String, byte[]> cases = Map.of(
                "JavaScript",
                        pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('bonjour')"))),
                "JavaScript ", pdf(PdfCheckTest::scriptInALink),
                "lance un programme",
                        pdf(d -> {
                            var launch = new PDActionLaunch();
                            launch.setFile(new PDComplexFileSpecification());
                            d.getDocumentCatalog().setOpenAction(launch);
                        }),
                "fichiers joints", pdf(PdfCheckTest::embedFile));
        cases.forEach((words, bytes) -> assertThat(PdfCheck.check(bytes, "sortie.pdf"))
                .as(words)
                .isInstanceOfSatisfying(
                        PdfCheck.Refused.class,
                        refused -> assertThat(refused.message())
                                .contains(words.strip())
                                .contains("Enregistrer au format PDF")));
    }

    @Test
    void aPasswordProtectedPdfIsRefusedSayingSo() throws IOException {
        byte[] locked = pdf(d -> {
            try {
                d.protect(new StandardProtectionPolicy("proprietaire", "parents", new AccessPermission()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(PdfCheck.check(locked, "secret.pdf"))
                .isInstanceOfSatisfying(
                        PdfCheck.Refused.class,
                        refused -> assertThat(refused.message()).contains("mot de passe"));
    }

    private static void scriptInALink(PDDocument document) {
        var link = new PDAnnotationLink();
        link.setAction(new PDActionJavaScript("app.launchURL('https://exemple.invalid')"));
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void embedFile(PDDocument document) {
        try {
            var file = new PDEmbeddedFile(
                    document, new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
            var spec = new PDComplexFileSpecification();
            spec.setFile("outil.exe");
            spec.setEmbeddedFile(file);
            var tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("outil.exe", spec));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
