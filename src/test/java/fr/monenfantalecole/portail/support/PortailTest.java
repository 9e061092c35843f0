package fr.monenfantalecole.portail.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole portal on its embedded PostgreSQL (a fresh cluster under target/), with the demo data,
 * served on a random port, its families' OpenID Connect provider played by {@link OidcServer}; a
 * {@link World} field marked {@link OwnCommune} gets a commune of its own for each test. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = OidcServer.class)
@ExtendWith(OwnCommuneExtension.class)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/shared",
            "portail.embedded-postgres.clean=true",
            "portail.carte.tuiles-url=http://127.0.0.1:9/{z}/{x}/{y}.png",
            // The whole suite calls the API from one address: its rate limit has a test of its own.
            "portail.api.limite.rafale=1000000",
            "portail.api.limite.par-minute=1000000",
            // The platform's own domain, which no collectivité may take (TenantHostsIntegrationTest).
            "portail.hotes-plateforme=monenfantalecole.test",
            // The actuator on a free port too, as the site: several portals may run on one machine.
            "management.server.port=0"
        })
public @interface PortailTest {}
