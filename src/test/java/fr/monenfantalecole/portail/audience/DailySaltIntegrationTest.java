package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily salt: shared by the nodes, changed every day, and the previous day's destroyed. */
@PortailTest
class DailySaltIntegrationTest {

    static final String ADDRESS = "203.0.113.7";
    static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void yesterdaysVisitorsCannotBeLinkedToTodays() {
        // Far-off days, in a transaction rolled back: the running portal keeps today's salt.
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            var day1 = LocalDate.of(2031, 3, 10);
            var day2 = day1.plusDays(1);
            var clock = new MutableClock(day1);
            var node1 = new DailySalt(jdbc, clock);
            var node2 = new DailySalt(jdbc, clock);

            byte[] monday = node1.visitor(day1, 5, ADDRESS, AGENT);
            assertThat(node1.visitor(day1, 5, ADDRESS, AGENT)).isEqualTo(monday);
            assertThat(node2.visitor(day1, 5, ADDRESS, AGENT))
                    .as("another node counts the same visitor once")
                    .isEqualTo(monday);
            assertThat(node1.visitor(day1, 6, ADDRESS, AGENT))
                    .as("nor across sites")
                    .isNotEqualTo(monday);

            clock.set(day2);
            byte[] tuesday = node2.visitor(day2, 5, ADDRESS, AGENT);
            assertThat(tuesday).isNotEqualTo(monday);
            assertThat(jdbc.sql("SELECT jour FROM audience_sel")
                            .query(LocalDate.class)
                            .list())
                    .as("only today's salt is left")
                    .containsExactly(day2);
            clock.set(day1);
            assertThat(new DailySalt(jdbc, clock).visitor(day1, 5, ADDRESS, AGENT))
                    .as("a node whose clock is late does not make a new salt for a day that is over elsewhere")
                    .isNull();
            clock.set(day2);
            assertThat(node1.visitor(day1, 5, ADDRESS, AGENT))
                    .as("once the day is over its hash can no longer be made, by any node")
                    .isNull();
            assertThat(new DailySalt(jdbc, clock).visitor(day1, 5, ADDRESS, AGENT))
                    .isNull();
            assertThat(node1.visitor(day2, 5, ADDRESS, AGENT)).isEqualTo(tuesday);
        });
    }
}
