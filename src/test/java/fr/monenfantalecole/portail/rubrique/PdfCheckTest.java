package fr.monenfantalecole.portail.rubrique;

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
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** Directors' PDFs: parsed whole, refused when they are something else or do something when opened. */
class PdfCheckTest {

    /** A one-page PDF, changed by the given step before it is saved (compressed: objects in object streams). */
    static byte[] pdf(Consumer<PDDocument> change) throws IOException {
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
                .isEqualTo(new PdfCheck.Accepted("Projet d'école.pdf"));
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
