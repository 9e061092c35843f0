package fr.monenfantalecole.portail.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one clock. Its zone is the collectivités' (mainland France), written here only; code
 * that needs "now" or "today" takes the {@link Clock} bean, so a test can move time, and code without
 * a bean (a record's parser) takes {@link #ZONE}.
 */
@Configuration(proxyBeanMethods = false)
public class PortailClock {

    /** The zone every date of the portal is in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
