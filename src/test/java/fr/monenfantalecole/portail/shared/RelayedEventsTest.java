package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a notification carries between nodes, and what a node refuses to read from one. */
class RelayedEventsTest {

    record Saved(long collectiviteId) implements ClusterEvent {}

    record NotListed(long id) implements ClusterEvent {}

    private final RelayedEvents writer = new RelayedEvents(List.of(Saved.class));
    private final RelayedEvents reader = new RelayedEvents(List.of(Saved.class));

    @Test
    void anotherNodeReadsTheSameRecord() {
        assertThat(reader.decode(writer.encode(new Saved(42)))).contains(new Saved(42));
    }

    @Test
    void theWritingNodeDoesNotHearItsOwnNotification() {
        assertThat(writer.decode(writer.encode(new Saved(42)))).isEmpty();
    }

    @Test
    void aTypeOffTheListIsNeitherSentNorRead() {
        assertThatThrownBy(() -> writer.encode(new NotListed(1))).isInstanceOf(IllegalArgumentException.class);

        var everyType = new RelayedEvents(List.of(Saved.class, NotListed.class));
        assertThat(reader.decode(everyType.encode(new NotListed(1)))).isEmpty();
        assertThat(reader.decode("{\"node\":\"x\",\"type\":\"java.lang.Runtime\",\"event\":{}}"))
                .isEmpty();
        assertThat(reader.decode("recherche")).isEmpty();
        assertThat(reader.decode("valeurs:1")).isEmpty();
    }

    @Test
    void theApplicationsRelayedTypesAreItsRecordsImplementingClusterEvent() {
        var scanned = RelayedEvents.scanning("fr.monenfantalecole.portail.shared");
        assertThat(scanned.typeNames()).contains(Saved.class.getName(), NotListed.class.getName());
    }
}
