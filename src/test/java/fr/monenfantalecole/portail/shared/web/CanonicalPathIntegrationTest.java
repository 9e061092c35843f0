package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: letters written %xx reached the back office for Spring Security and the controllers
 * (which decode them) but not for the filters that read the raw address (second factor, session
 * lifetime, login throttle). Such an address is refused before anything reads it.
 */
@PortailTest
class CanonicalPathIntegrationTest {

    @Autowired
    Fixtures fixtures;

    World w;

    /** A commune of its own whose slug the encoded addresses below spell: "fougeraie". */
    @BeforeEach
    void aCommuneOfItsOwn() {
        w = fixtures.commune("fougeraie", "La Fougeraie");
    }

    @AfterEach
    void removeIt() {
        w.close();
    }

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
                .POST(HttpRequest.BodyPublishers.ofString("email=admin%40fougeraie.test&motDePasse=x")));
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).contains("en clair", "codée");

        assertThat(send(at("/%61dmin/collectivites").GET()).statusCode()).isEqualTo(400);
        assertThat(send(at("/admin/%66ougeraie/identite").GET()).statusCode()).isEqualTo(400);

        var api = send(at("/api/v1/%66ougeraie/fiches").GET());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).contains("\"erreur\"");
    }

    @Test
    void aTenantPathWithAnyEncodedCharacterIsA400OrACleanNotFoundNeverAnErrorNorAnotherTenant() throws Exception {
        try (var other = fixtures.commune("roncerais", "Les Roncerais")) {
            encodedTenantPaths();
        }
    }

    private void encodedTenantPaths() throws Exception {
        var answers = new java.util.TreeMap<String, Integer>();
        for (String tenant : new String[] {
            "fou%67eraie",
            "%2e%2e",
            "%2E%2E%2Ffougeraie",
            "fougeraie%2F..%2Froncerais",
            "%2f",
            "%5c..%5croncerais",
            "fougeraie%00",
            "%00",
            "fou%C3%A8raie",
            "foug%E8raie",
            "%FF%FE",
            "%C0%AE%C0%AE",
            "fougeraie%0A",
            "fougeraie%0D%0ASet-Cookie:%20x=1",
            "fougeraie%3B",
            "fougeraie%3Bjsessionid=x",
            "%3Cscript%3E",
            "%25",
            "%25%36%37",
            "%",
            "fougeraie%20",
            "%20fougeraie",
            "fougeraie%09",
            "%EF%BB%BFfougeraie",
            "fougeraie%E2%80%8B"
        }) {
            for (String path :
                    new String[] {"/" + tenant + "/", "/" + tenant + "/ecoles", "/api/v1/" + tenant + "/fiches"}) {
                HttpResponse<String> response;
                try {
                    response = send(at(path).GET());
                } catch (IllegalArgumentException unsendable) {
                    // The client itself refuses to write this address: no server sees it.
                    continue;
                }
                answers.put(path, response.statusCode());
                assertThat(response.statusCode()).as(path).isIn(400, 404);
                assertThat(response.body())
                        .as(path)
                        .doesNotContain("La Fougeraie", "Les Roncerais", "Exception", "at fr.monenfantalecole");
            }
        }
        System.out.printf(
                "[tenant-paths] %d encoded tenant paths: %s%n",
                answers.size(),
                answers.values().stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                c -> c, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        assertThat(answers).hasSizeGreaterThan(60);
    }

    @Test
    void charactersThatMustBeEncodedStillPass() throws Exception {
        // A space must be written %20: a page that does not exist, not a refusal.
        assertThat(send(at("/pas%20de%20page").GET()).statusCode()).isEqualTo(404);
        assertThat(send(at("/fougeraie/ecoles").GET()).statusCode()).isEqualTo(200);
    }
}
