package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Campaign (docs/reliability/tenant-hosts.md): every GET route of the application that needs no id,
 * requested over HTTP with forged Host headers (unknown names, the platform's subdomains, a host
 * declared but not validated): no answer carries the forged name, in a header or in its body, and
 * none is a 5xx. Routes are read from the handler mappings, so a new route is covered.
 */
@PortailTest
class ForgedHostCampaignIntegrationTest {

    private static final List<String> FORGED = List.of(
            "forged-host.example",
            "FORGED-HOST.example",
            "forged-host.example:8443",
            "portail.monenfantalecole.test",
            "forged-host.localhost.example",
            "203.0.113.66",
            "[2001:db8::66]");

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    ReservedSlugs reservedSlugs;

    @Autowired
    Fixtures fixtures;

    @Test
    void noForgedHostReachesAnAnswer() throws Exception {
        try (var w = fixtures.commune()) {
            // A school, so that the commune's pages list one as the demo's do.
            w.school("École des Essais");
            campaign(w.slug());
        }
    }

    private void campaign(String slug) throws IOException {
        var paths = new TreeSet<String>(List.of("/", "/admin", "/admin/" + slug, "/robots.txt"));
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition()
                            .getMethods()
                            .contains(org.springframework.web.bind.annotation.RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .map(p -> p.replace("{slug}", slug))
                        // /error asked directly has no error to show: Spring Boot answers 500 whatever the host.
                        .filter(p -> !p.contains("{") && !p.contains("*") && !p.equals("/error"))
                        .forEach(paths::add);
            }
        });
        int requests = 0;
        List<String> leaks = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String host : FORGED) {
            String name =
                    host.replaceAll(":\\d+$", "").replaceAll("[\\[\\]]", "").toLowerCase(java.util.Locale.ROOT);
            for (String path : paths) {
                String answer = get(host, path);
                requests++;
                if (answer.toLowerCase(java.util.Locale.ROOT).contains(name)) {
                    leaks.add(host + " " + path);
                }
                if (answer.startsWith("HTTP/1.1 5")) {
                    errors.add(
                            host + " " + path + " " + answer.lines().findFirst().orElse(""));
                }
            }
        }
        System.out.printf(
                "forged Host campaign: %d routes x %d hosts = %d requests, %d carrying the forged host, %d 5xx; %d reserved slugs%n",
                paths.size(),
                FORGED.size(),
                requests,
                leaks.size(),
                errors.size(),
                reservedSlugs.all().size());
        assertThat(leaks).isEmpty();
        assertThat(errors).isEmpty();
    }

    private String get(String host, String path) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                                    + "\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
