package fr.monenfantalecole.portail.shared;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files kept between their preview and their apply. Stored in PostgreSQL so that the apply may
 * reach another app node than the preview; always looked up with the collectivité that sent them,
 * or as national (no collectivité) for the platform's own data.
 */
@Repository
public class ImportUploads {

    private final JdbcClient jdbc;

    ImportUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID store(long collectiviteId, String kind, String fileName, byte[] content, long userId) {
        return insert(collectiviteId, kind, fileName, content, userId);
    }

    /** Keeps a file of the platform's own data (the school holidays), which no collectivité sends. */
    public UUID storeNational(String kind, String fileName, byte[] content, long userId) {
        return insert(null, kind, fileName, content, userId);
    }

    public Optional<Upload> find(UUID id, long collectiviteId, String kind) {
        return select(id, collectiviteId, kind);
    }

    /** A file of the platform's own data: never one a collectivité sent. */
    public Optional<Upload> findNational(UUID id, String kind) {
        return select(id, null, kind);
    }

    public void markApplied(UUID id) {
        jdbc.sql("update import_upload set applied_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    private UUID insert(@Nullable Long collectiviteId, String kind, String fileName, byte[] content, long userId) {
        var id = UUID.randomUUID();
        jdbc.sql("delete from import_upload where created_at < now() - interval '2 days'")
                .update();
        jdbc.sql("""
                insert into import_upload (id, collectivite_id, kind, file_name, content, uploaded_by)
                values (:id, :collectivite, :kind, :file, :content, :user)""")
                .param("id", id)
                .param("collectivite", collectiviteId)
                .param("kind", kind)
                .param("file", fileName)
                .param("content", content)
                .param("user", userId)
                .update();
        return id;
    }

    private Optional<Upload> select(UUID id, @Nullable Long collectiviteId, String kind) {
        return jdbc.sql("""
                select id, file_name, content, applied_at is not null as applied from import_upload
                 where id = :id and collectivite_id is not distinct from :collectivite and kind = :kind""")
                .param("id", id)
                .param("collectivite", collectiviteId)
                .param("kind", kind)
                .query((rs, n) -> new Upload(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getBytes("content"),
                        rs.getBoolean("applied")))
                .optional();
    }

    /** A stored upload. */
    public record Upload(UUID id, String fileName, byte[] content, boolean applied) {}
}
