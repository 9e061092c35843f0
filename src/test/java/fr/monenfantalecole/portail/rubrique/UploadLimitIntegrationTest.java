package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (MockMvc skips the server's multipart limits): a document far over the server's
 * upload limit is refused by Tomcat before any controller (while the CSRF filter reads the
 * parameters), with a page that says what to do. Files up to that limit get the editor's message.
 */
@PortailTest
class UploadLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Rubriques rubriques;

    @OwnCommune
    World w;

    @Test
    void aHugeFileComesBackToTheEditorWithAClearMessage() throws Exception {
        refused(TestSchoolPages.create(w, "Ecole publique de la Limite", rubriques));
    }

    private void refused(TestSchoolPages fixture) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String base = "http://localhost:" + port;
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/admin/connexion"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "_csrf=" + csrf(login) + "&email=" + encode(fixture.director()) + "&motDePasse="
                + encode(World.PASSWORD);
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/admin/connexion"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        long rubrique = fixture.rubrique(rubriques, "Projet d'école").id();
        String editor = base + "/admin/mes-etablissements/" + fixture.uai() + "/rubriques/" + rubrique;
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(editor)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("Joindre un document");

        String boundary = "----limite" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"gros.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[25 * 1024 * 1024 + 512 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var response = client.send(
                HttpRequest.newBuilder(URI.create(editor + "/documents?_csrf=" + csrf(page)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Le fichier envoyé est trop lourd").contains("5 Mo pour un document PDF");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("jeton CSRF dans la page").isTrue();
        return m.group(1);
    }
}
