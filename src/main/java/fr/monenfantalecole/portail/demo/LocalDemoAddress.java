package fr.monenfantalecole.portail.demo;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The default run — on the embedded database, with demo accounts whose passwords are public —
 * listens on 127.0.0.1 only: reachable from this machine, not from the network. Whoever wants it
 * elsewhere says so with {@code server.address} (or {@code SERVER_ADDRESS=0.0.0.0}); a run on an
 * external database is a deployment and keeps Spring's default.
 */
class LocalDemoAddress implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = environment.getProperty("spring.datasource.url", "").isEmpty();
        if (embedded && !environment.containsProperty("server.address")) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("portail-demo-loopback", Map.of("server.address", LOOPBACK)));
        }
    }

    @Override
    public int getOrder() {
        // After the configuration files and test properties are read: they may set either property.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
