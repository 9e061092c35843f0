package fr.monenfantalecole.portail.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The proofs' bytes in PostgreSQL, written in the same transaction as the request. */
class DatabaseDocumentStore implements DocumentStore {

    private final JdbcClient jdbc;

    DatabaseDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID key, byte[] bytes) {
        jdbc.sql("insert into inscription_fichier (cle, contenu) values (:k, :c)")
                .param("k", key)
                .param("c", bytes)
                .update();
    }

    @Override
    public byte[] get(UUID key) {
        return jdbc.sql("select contenu from inscription_fichier where cle = :k")
                .param("k", key)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    @Override
    public void delete(UUID key) {
        jdbc.sql("delete from inscription_fichier where cle = :k")
                .param("k", key)
                .update();
    }

    @Override
    public List<UUID> keys(Instant writtenBefore) {
        return jdbc.sql("select cle from inscription_fichier")
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }
}
