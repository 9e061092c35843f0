package fr.monenfantalecole.portail.shared.web;

import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * How every request is timed ({@code http.server.requests}): the same name and tags as Spring's default
 * (method, route, status, outcome, exception), without the high-cardinality value ({@code http.url}, the
 * path as requested). Only a tracer reads it, and the portal has none; it was still built on every request,
 * a page sent from memory included, where a profile under load found it among the largest allocations of
 * such a request (issue 21, session 11). The timer's tags, so the Prometheus figures, do not change.
 */
@Component
class RequestTiming extends DefaultServerRequestObservationConvention {

    @Override
    public KeyValues getHighCardinalityKeyValues(ServerRequestObservationContext context) {
        return KeyValues.empty();
    }
}
