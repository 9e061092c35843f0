package fr.monenfantalecole.portail.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LocalDemoAddressTest {

    @Test
    void theEmbeddedDemoListensOnLoopback() {
        assertThat(addressWith(new MockEnvironment())).isEqualTo("127.0.0.1");
    }

    @Test
    void anAddressGivenByTheOperatorWins() {
        assertThat(addressWith(new MockEnvironment().withProperty("server.address", "0.0.0.0")))
                .isEqualTo("0.0.0.0");
    }

    @Test
    void aDeploymentOnAnExternalDatabaseKeepsSpringsDefault() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/portail");
        assertThat(addressWith(environment)).isNull();
    }

    private static String addressWith(MockEnvironment environment) {
        new LocalDemoAddress().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }
}
