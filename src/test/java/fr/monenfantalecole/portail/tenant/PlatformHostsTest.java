package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformHostsTest {

    final PlatformHosts hosts =
            new PlatformHosts("https://monenfantalecole.fr", List.of("www.monenfantalecole.fr", " Ancien-Portail.fr "));

    @Test
    void thePublicUrlTheConfiguredNamesAndLoopbackAreThePlatforms() {
        assertThat(hosts.isPlatform("monenfantalecole.fr")).isTrue();
        assertThat(hosts.isPlatform("WWW.monenfantalecole.fr.")).isTrue();
        assertThat(hosts.isPlatform("ancien-portail.fr")).isTrue();
        assertThat(hosts.isPlatform("localhost")).isTrue();
        assertThat(hosts.isPlatform("127.0.0.1")).isTrue();
        assertThat(hosts.isPlatform("ecoles.fougeres.fr")).isFalse();
    }

    @Test
    void theirSubdomainsAreReservedExceptThoseOfLocalhost() {
        assertThat(hosts.isReserved("fougeres.monenfantalecole.fr")).isTrue();
        assertThat(hosts.isReserved("a.b.ancien-portail.fr")).isTrue();
        assertThat(hosts.isReserved("localhost")).isTrue();
        assertThat(hosts.isReserved("fougeres.localhost")).isFalse();
        assertThat(hosts.isReserved("monenfantalecole.fr.evil.com")).isFalse();
        assertThat(hosts.isReserved("pasmonenfantalecole.fr")).isFalse();
    }
}
