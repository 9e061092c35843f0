package fr.monenfantalecole.portail.enrolment;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the mairie wrote to the family at each step, shown in Mon espace as it was mailed. */
@Repository
public class Messages {

    public record Message(long id, String statut, String message, Instant ecritLe) {

        public String statutLibelle() {
            return Statut.valueOf(statut).libelle();
        }
    }

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long demandeId, Statut statut, String message) {
        jdbc.sql("insert into inscription_message (demande_id, statut, message) values (:d, :s, :m)")
                .param("d", demandeId)
                .param("s", statut.name())
                .param("m", message)
                .update();
    }

    /** Only called with a request already read through who asks. */
    public List<Message> of(long demandeId) {
        return jdbc.sql(
                        "select id, statut, message, ecrit_le from inscription_message where demande_id = :d order by id")
                .param("d", demandeId)
                .query(new SimplePropertyRowMapper<>(Message.class))
                .list();
    }
}
