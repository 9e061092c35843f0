package fr.monenfantalecole.portail.shared.web;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which reverse proxies may tell the client's address: those listed in portail.proxies-de-confiance
 * (addresses or CIDR blocks), none by default. From them Tomcat's RemoteIpValve takes the client
 * from X-Forwarded-For (walking it from the right, past the trusted proxies, so a value the client
 * typed itself is never taken) and the scheme from X-Forwarded-Proto; from anyone else these
 * headers are ignored. request.getRemoteAddr() is then the client everywhere: the login throttle and
 * the API budget key on it. Spring Boot's own forward-headers strategy is off (application.yml):
 * its default trusts every private network, so any client of a private network could choose its address.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxiesValve(
            @Value("${portail.proxies-de-confiance:}") List<String> proxies) {
        return factory -> valve(proxies).ifPresent(factory::addEngineValves);
    }

    /** The valve for these proxies, or none when there are none: then nothing forwarded is read. */
    static java.util.Optional<RemoteIpValve> valve(List<String> proxies) {
        String cidrs = proxies.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(","));
        if (cidrs.isEmpty()) {
            return java.util.Optional.empty();
        }
        var valve = new RemoteIpValve();
        valve.setInternalProxies(cidrs);
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        return java.util.Optional.of(valve);
    }
}
