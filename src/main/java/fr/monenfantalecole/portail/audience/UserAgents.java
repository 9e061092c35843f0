package fr.monenfantalecole.portail.audience;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The device of a person's browser, or nothing for a robot, classified once per distinct user agent: the
 * robot test is a long case-insensitive alternation tried at every position of the string, most of the
 * filter's work when run on every page (bench/run.sh audience), while a portal sees a few hundred distinct
 * agents a day. Bounded, and agents longer than any browser's are classified without being kept, so that
 * made-up agents cannot fill the memory.
 */
final class UserAgents {

    static final int KEPT = 10_000;
    static final int LONGEST_KEPT = 512;

    private final Cache<String, Optional<Device>> known =
            Caffeine.newBuilder().maximumSize(KEPT).build();

    /** The device of a person's browser; null for a robot, a client without agent, or one that is no browser. */
    @Nullable
    Device deviceOf(@Nullable String agent) {
        if (agent == null || !agent.startsWith("Mozilla/")) {
            return null; // the cheapest test first: every browser announces "Mozilla/"
        }
        if (agent.length() > LONGEST_KEPT) {
            return classify(agent).orElse(null);
        }
        return known.get(agent, UserAgents::classify).orElse(null);
    }

    private static Optional<Device> classify(String agent) {
        return Device.isBrowser(agent) ? Optional.of(Device.of(agent)) : Optional.empty();
    }
}
