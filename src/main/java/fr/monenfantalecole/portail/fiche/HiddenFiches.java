package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The national sheets each collectivité chose not to show. */
@Repository
public class HiddenFiches {

    /** Published after a collectivité hid or showed a national sheet, on every node. */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    HiddenFiches(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    public Set<String> of(long collectiviteId) {
        return new HashSet<>(jdbc.sql("select fiche_id from fiche_masquee where collectivite_id = :c")
                .param("c", collectiviteId)
                .query(String.class)
                .list());
    }

    public void hide(long collectiviteId, String ficheId) {
        jdbc.sql("insert into fiche_masquee (collectivite_id, fiche_id) values (:c, :f) on conflict do nothing")
                .param("c", collectiviteId)
                .param("f", ficheId)
                .update();
        cluster.publish(new Changed(collectiviteId));
    }

    public void show(long collectiviteId, String ficheId) {
        jdbc.sql("delete from fiche_masquee where collectivite_id = :c and fiche_id = :f")
                .param("c", collectiviteId)
                .param("f", ficheId)
                .update();
        cluster.publish(new Changed(collectiviteId));
    }
}
