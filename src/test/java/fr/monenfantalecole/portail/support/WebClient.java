package fr.monenfantalecole.portail.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript over real HTTP, for what MockMvc skips: Tomcat's limits, the error
 * pages, the session cookie. Keeps its cookies; follows no redirect, so tests see them.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs a demo account in through the login form. */
    public WebClient signIn(String email, String password) throws IOException, InterruptedException {
        var answer =
                postForm("/admin/connexion", Map.of("email", email, "motDePasse", password), csrf("/admin/connexion"));
        if (answer.statusCode() != 302
                || answer.headers().firstValue("Location").orElse("").contains("connexion")) {
            throw new IllegalStateException("Connexion refusée pour " + email);
        }
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the form on that page. */
    public String csrf(String path) throws IOException, InterruptedException {
        var m = CSRF.matcher(get(path).body());
        if (!m.find()) {
            throw new IllegalStateException("Pas de jeton CSRF dans " + path);
        }
        return m.group(1);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String csrf)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + "&", ""));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form without files, the CSRF token in the address as the portal's multipart forms send it. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String csrf)
            throws IOException, InterruptedException {
        String boundary = "----portail" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path + "?_csrf=" + encode(csrf)))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A file of a multipart form: its name as the browser sends it, and its bytes. */
    public record Upload(String filename, byte[] bytes) {}

    /** A multipart form with files, the CSRF token in the address as the portal's multipart forms send it. */
    public HttpResponse<String> postFiles(
            String path, Map<String, String> fields, Map<String, Upload> files, String csrf)
            throws IOException, InterruptedException {
        String boundary = "----portail" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + file.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path + "?_csrf=" + encode(csrf)))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The raw answer, for files. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
