package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events of collectivités and their schools; always read and written with the owning collectivité. */
@Repository
public class AgendaEvents {

    private static final String COLUMNS = """
            id, uid, collectivite_id, uai, titre, categorie, description, lieu, journee_entiere, debut, fin, exemple
              from agenda_evenement""";

    /** Published after an event of a collectivité was written or deleted, on every node (public pages show it). */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    AgendaEvents(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    /** Every event of a collectivité, in time order. */
    public List<AgendaEvent> all(long collectiviteId) {
        return jdbc.sql("select " + COLUMNS + " where collectivite_id = :c order by debut, id")
                .param("c", collectiviteId)
                .query(AgendaEvents::map)
                .list();
    }

    /**
     * The events of a collectivité that touch the days from {@code from} to {@code to} (excluded):
     * all of them, or, for one school, the collectivité-wide ones and that school's.
     */
    public List<AgendaEvent> between(long collectiviteId, @Nullable String uai, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 where collectivite_id = :c and fin >= :from and debut < :to
                   and (cast(:uai as text) is null or uai is null or uai = :uai)
                 order by debut, fin, id""")
                .param("c", collectiviteId)
                .param("uai", uai)
                .param("from", from.atStartOfDay())
                .param("to", to.atStartOfDay())
                .query(AgendaEvents::map)
                .list();
    }

    public Optional<AgendaEvent> find(long collectiviteId, long id) {
        return jdbc.sql("select " + COLUMNS + " where collectivite_id = :c and id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .query(AgendaEvents::map)
                .optional();
    }

    public long create(long collectiviteId, AgendaEvent.Data data, @Nullable Long userId, boolean exemple) {
        long id = jdbc.sql("""
                insert into agenda_evenement (collectivite_id, uai, titre, categorie, description, lieu,
                                              journee_entiere, debut, fin, exemple, created_by)
                values (:c, :uai, :titre, :categorie, :description, :lieu, :allDay, :debut, :fin, :exemple, :user)
                returning id""")
                .param("c", collectiviteId)
                .param("uai", data.uai())
                .param("titre", data.titre())
                .param("categorie", data.categorie().name())
                .param("description", data.description())
                .param("lieu", data.lieu())
                .param("allDay", data.journeeEntiere())
                .param("debut", data.debut())
                .param("fin", data.fin())
                .param("exemple", exemple)
                .param("user", userId)
                .query(Long.class)
                .single();
        cluster.publish(new Changed(collectiviteId));
        return id;
    }

    public boolean update(long collectiviteId, long id, AgendaEvent.Data data) {
        boolean updated = jdbc.sql("""
                update agenda_evenement set uai = :uai, titre = :titre, categorie = :categorie,
                       description = :description, lieu = :lieu, journee_entiere = :allDay, debut = :debut,
                       fin = :fin, updated_at = now()
                 where id = :id and collectivite_id = :c""")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .param("uai", data.uai())
                        .param("titre", data.titre())
                        .param("categorie", data.categorie().name())
                        .param("description", data.description())
                        .param("lieu", data.lieu())
                        .param("allDay", data.journeeEntiere())
                        .param("debut", data.debut())
                        .param("fin", data.fin())
                        .update()
                == 1;
        cluster.publish(new Changed(collectiviteId));
        return updated;
    }

    public boolean delete(long collectiviteId, long id) {
        boolean deleted = jdbc.sql("delete from agenda_evenement where id = :id and collectivite_id = :c")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .update()
                == 1;
        cluster.publish(new Changed(collectiviteId));
        return deleted;
    }

    public int countExamples(long collectiviteId) {
        return jdbc.sql("select count(*) from agenda_evenement where exemple and collectivite_id = :c")
                .param("c", collectiviteId)
                .query(Integer.class)
                .single();
    }

    private static AgendaEvent map(ResultSet rs, int n) throws SQLException {
        String uai = rs.getString("uai");
        return new AgendaEvent(
                rs.getLong("id"),
                rs.getObject("uid", UUID.class),
                rs.getLong("collectivite_id"),
                uai == null ? null : uai.strip(),
                rs.getString("titre"),
                EventCategory.valueOf(rs.getString("categorie")),
                rs.getString("description"),
                rs.getString("lieu"),
                rs.getBoolean("journee_entiere"),
                rs.getObject("debut", LocalDateTime.class),
                rs.getObject("fin", LocalDateTime.class),
                rs.getBoolean("exemple"));
    }
}
