package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cached classification answers as the patterns do, the first time and the next ones. */
class UserAgentsTest {

    final UserAgents agents = new UserAgents();

    @Test
    void browsersGetTheirDeviceAndRobotsNothingEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThat(agents.deviceOf(AudienceIntegrationTest.PHONE)).isEqualTo(Device.MOBILE);
            assertThat(agents.deviceOf(AudienceIntegrationTest.DESKTOP)).isEqualTo(Device.ORDINATEUR);
            assertThat(agents.deviceOf("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                    .isNull();
            assertThat(agents.deviceOf("curl/8.5.0")).isNull();
            assertThat(agents.deviceOf(null)).isNull();
        }
    }

    @Test
    void anAgentTooLongToKeepIsClassifiedAllTheSame() {
        String padded = AudienceIntegrationTest.PHONE + " x".repeat(UserAgents.LONGEST_KEPT);
        assertThat(agents.deviceOf(padded)).isEqualTo(Device.MOBILE);
        assertThat(agents.deviceOf(padded + " Googlebot")).isNull();
    }
}
