package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.support.PageRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the measurement filter costs a page on the request thread, against the same filter passing the
 * request through untouched ({@code Sec-GPC: 1}), in the same run: the pages of bench/audience.lua, as a
 * phone's browser, the chain answering an HTML 200 at once. The buffer is drained every 1,024 views, as the
 * writer would, so that offers are not refused once it is full. {@code agentByPatterns} is what the filter
 * did per page for the user agent before issue 16's profiling (two regular expressions), {@code agentCached}
 * what it does now. JMH measures wall time, which a loaded machine inflates; {@link #main} measures the
 * same four in CPU time of the thread, pairs alternated, for runs on a shared machine:
 * {@code java -cp … fr.monenfantalecole.portail.audience.AudienceFilterCost}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AudienceFilterCost {

    static final String PHONE =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
    static final String[] PATHS = {
        "/", "/questions", "/actualites", "/agenda", "/services", "/ecoles", "/recherche", "/", "/questions", "/agenda"
    };

    final UserAgents agents = new UserAgents();
    ViewBuffer buffer;
    AudienceFilter filter;
    MockHttpServletRequest[] counted;
    MockHttpServletRequest[] optedOut;
    MockHttpServletResponse response;
    FilterChain chain;
    int next;
    int views;

    @Setup
    public void setUp() {
        buffer = new ViewBuffer(new AudienceProperties(true, 13, 20_000, 2_000));
        filter = new AudienceFilter(buffer, Clock.systemUTC());
        counted = new MockHttpServletRequest[PATHS.length];
        optedOut = new MockHttpServletRequest[PATHS.length];
        for (int i = 0; i < PATHS.length; i++) {
            counted[i] = request(PATHS[i], false);
            optedOut[i] = request(PATHS[i], true);
        }
        response = new MockHttpServletResponse();
        chain = (req, res) -> res.setContentType("text/html;charset=UTF-8");
    }

    static MockHttpServletRequest request(String chemin, boolean gpc) {
        var request = PageRequests.page(7, "fougeres", chemin);
        if (chemin.equals("/recherche")) {
            request.setParameter("q", "cantine");
            request.setQueryString("q=cantine");
        }
        request.addHeader("User-Agent", PHONE);
        request.addHeader("Accept", "text/html");
        if (gpc) {
            request.addHeader("Sec-GPC", "1");
        }
        request.setRemoteAddr("192.0.2.17");
        return request;
    }

    @Benchmark
    public @Nullable Device agentByPatterns() {
        return Device.isBrowser(PHONE) ? Device.of(PHONE) : null;
    }

    @Benchmark
    public @Nullable Device agentCached() {
        return agents.deviceOf(PHONE);
    }

    @Benchmark
    public int passThrough() throws ServletException, IOException {
        next = (next + 1) % PATHS.length;
        filter.doFilter(optedOut[next], response, chain);
        return next;
    }

    @Benchmark
    public int counted() throws ServletException, IOException {
        next = (next + 1) % PATHS.length;
        filter.doFilter(counted[next], response, chain);
        if ((++views & 1023) == 0) {
            buffer.take(Integer.MAX_VALUE);
        }
        return next;
    }

    /**
     * CPU time per call of each benchmark (or of those named in the arguments), median of 10 rounds of
     * 200,000 calls after 5 of warm-up.
     */
    public static void main(String[] args) throws Exception {
        var bench = new AudienceFilterCost();
        bench.setUp();
        var threads = ManagementFactory.getThreadMXBean();
        String[] names = {"passThrough", "counted", "agentByPatterns", "agentCached"};
        var perCall = new double[names.length][10];
        for (int round = -5; round < 10; round++) {
            for (int b = 0; b < names.length; b++) {
                if (args.length > 0 && !Arrays.asList(args).contains(names[b])) {
                    continue;
                }
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < 200_000; i++) {
                    switch (b) {
                        case 0 -> bench.passThrough();
                        case 1 -> bench.counted();
                        case 2 -> bench.agentByPatterns();
                        default -> bench.agentCached();
                    }
                }
                if (round >= 0) {
                    perCall[b][round] = (threads.getCurrentThreadCpuTime() - start) / 200_000.0;
                }
            }
        }
        var out = new StringBuilder("CPU time per call (median of 10 rounds, min-max):\n");
        for (int b = 0; b < names.length; b++) {
            if (args.length > 0 && !Arrays.asList(args).contains(names[b])) {
                continue;
            }
            Arrays.sort(perCall[b]);
            out.append("%-16s %8.0f ns  (%.0f-%.0f)%n"
                    .formatted(names[b], (perCall[b][4] + perCall[b][5]) / 2, perCall[b][0], perCall[b][9]));
        }
        System.out.print(out);
    }
}
