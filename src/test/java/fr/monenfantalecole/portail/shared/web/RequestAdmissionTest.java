package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestAdmissionTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> served = new CopyOnWriteArrayList<>();

    /** A request whose work waits for {@link #release} while it holds its turn. */
    private Thread holding(RequestAdmission admission, String path) {
        return Thread.ofVirtual()
                .start(() -> run(admission, path, (req, res) -> {
                    served.add(path);
                    await(release);
                }));
    }

    private Thread queued(RequestAdmission admission, String path) {
        return Thread.ofVirtual().start(() -> run(admission, path, (req, res) -> served.add(path)));
    }

    @Test
    void requestsBeyondTheLimitAreServedInTheOrderTheyCame() throws Exception {
        var admission = new RequestAdmission(1, Duration.ofSeconds(30));
        var first = holding(admission, "/fougeres/premier");
        waitUntil(() -> served.contains("/fougeres/premier"));
        var waiting = new Thread[5];
        for (int i = 0; i < waiting.length; i++) {
            waiting[i] = queued(admission, "/fougeres/" + i);
            int queue = i + 1;
            waitUntil(() -> admission.waiting() == queue);
        }

        release.countDown();
        first.join();
        for (var t : waiting) {
            t.join();
        }

        assertThat(served)
                .containsExactly(
                        "/fougeres/premier", "/fougeres/0", "/fougeres/1", "/fougeres/2", "/fougeres/3", "/fougeres/4");
    }

    @Test
    void aRequestThatWaitedTooLongIsToldToComeBackInFrenchNotLeftHanging() throws Exception {
        var admission = new RequestAdmission(1, Duration.ofMillis(50));
        var first = holding(admission, "/fougeres/premier");
        waitUntil(() -> served.contains("/fougeres/premier"));

        var page = run(admission, "/fougeres/questions", (req, res) -> served.add("page"));
        var api = run(admission, "/api/v1/fougeres/fiches", (req, res) -> served.add("api"));
        release.countDown();
        first.join();

        assertThat(served).containsExactly("/fougeres/premier");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("5");
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"fr\"")
                .contains("réessayez dans quelques secondes");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).startsWith("{\"erreur\":\"Le portail est très");
    }

    @Test
    void theProbesNeverWaitForATurn() throws Exception {
        var admission = new RequestAdmission(1, Duration.ofSeconds(30));
        var first = holding(admission, "/fougeres/premier");
        waitUntil(() -> served.contains("/fougeres/premier"));

        var ready = run(admission, "/readyz", (req, res) -> served.add("/readyz"));
        release.countDown();
        first.join();

        assertThat(ready.getStatus()).isEqualTo(200);
        assertThat(served).containsExactly("/fougeres/premier", "/readyz");
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() throws Exception {
        var admission = new RequestAdmission(1, Duration.ofMillis(200));
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("panne");
        };
        assertThatThrownBy(() -> admission.doFilter(
                        new MockHttpServletRequest("GET", "/fougeres/"), new MockHttpServletResponse(), failing))
                .hasMessage("panne");

        var next = run(admission, "/fougeres/", (req, res) -> served.add("suivant"));

        assertThat(next.getStatus()).isEqualTo(200);
        assertThat(served).containsExactly("suivant");
    }

    private static MockHttpServletResponse run(RequestAdmission admission, String path, FilterChain chain) {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls a condition (never a fixed sleep): the threads above reach their state when the scheduler lets them. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            Thread.sleep(1);
        }
    }
}
