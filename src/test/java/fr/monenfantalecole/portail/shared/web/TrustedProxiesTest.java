package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * The client address a real Tomcat gives the application (what the login throttle and the API
 * budget key on), behind a trusted proxy and not. The proxy is played by a client bound to
 * 127.0.0.2, the direct client by 127.0.0.1 (both are loopback on Linux).
 */
class TrustedProxiesTest {

    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private int start(List<String> proxies) {
        var factory = new TomcatServletWebServerFactory(0);
        new TrustedProxies().trustedProxiesValve(proxies).customize(factory);
        server = factory.getWebServer(context -> context.addServlet("echo", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                        response.getWriter().write(request.getRemoteAddr() + " " + request.getScheme());
                    }
                })
                .addMapping("/"));
        server.start();
        return server.getPort();
    }

    private static String seenFrom(String local, int port, String... headers) throws Exception {
        var client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(local))
                .build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void behindATrustedProxyEachClientIsItself() throws Exception {
        int port = start(List.of("127.0.0.2", "10.0.0.0/8"));
        assertThat(seenFrom("127.0.0.2", port, "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https"))
                .isEqualTo("203.0.113.7 https");
        assertThat(seenFrom("127.0.0.2", port, "X-Forwarded-For", "198.51.100.2"))
                .isEqualTo("198.51.100.2 http");
        // A value the client typed itself, before the one the proxy appended, is not taken.
        assertThat(seenFrom("127.0.0.2", port, "X-Forwarded-For", "192.0.2.66, 203.0.113.7"))
                .isEqualTo("203.0.113.7 http");
        // Through a second trusted proxy of the private network.
        assertThat(seenFrom("127.0.0.2", port, "X-Forwarded-For", "203.0.113.7, 10.1.2.3"))
                .isEqualTo("203.0.113.7 http");
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseItsAddress() throws Exception {
        int port = start(List.of("127.0.0.2"));
        assertThat(seenFrom("127.0.0.1", port, "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https"))
                .isEqualTo("127.0.0.1 http");
    }

    @Test
    void withoutTrustedProxiesForwardedHeadersAreIgnored() throws Exception {
        int port = start(List.of());
        assertThat(seenFrom("127.0.0.2", port, "X-Forwarded-For", "203.0.113.7"))
                .isEqualTo("127.0.0.2 http");
        assertThat(seenFrom("127.0.0.1", port, "X-Forwarded-For", "10.0.0.9")).isEqualTo("127.0.0.1 http");
    }
}
