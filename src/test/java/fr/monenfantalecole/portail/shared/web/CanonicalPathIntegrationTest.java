package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: letters written %xx reached the back office for Spring Security and the controllers
 * (which decode them) but not for the filters that read the raw address (second factor, session
 * lifetime, login throttle). Such an address is refused before anything reads it.
 */
@PortailTest
class CanonicalPathIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void lettersWrittenInPercentCodeAreRefusedBeforeAnyFilterReadsTheAddress() throws Exception {
        var login = send(at("/admin/connexio%6E")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=admin%40fougeres.demo&motDePasse=x")));
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).contains("en clair", "codée");

        assertThat(send(at("/%61dmin/collectivites").GET()).statusCode()).isEqualTo(400);
        assertThat(send(at("/admin/%66ougeres/identite").GET()).statusCode()).isEqualTo(400);

        var api = send(at("/api/v1/%66ougeres/fiches").GET());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).contains("\"erreur\"");
    }

    @Test
    void charactersThatMustBeEncodedStillPass() throws Exception {
        // A space must be written %20: a page that does not exist, not a refusal.
        assertThat(send(at("/pas%20de%20page").GET()).statusCode()).isEqualTo(404);
        assertThat(send(at("/fougeres/ecoles").GET()).statusCode()).isEqualTo(200);
    }
}
