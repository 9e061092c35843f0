package fr.monenfantalecole.portail.news;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** News dossiers. A collectivité reads its own and the national ones it has not hidden. */
@Repository
public class Actualites {

    private static final String COLUMNS = """
            id, collectivite_id, titre, resume, corps, image is not null as has_image, image_alt, publie_le
              from actualite""";

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    Actualites(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    /** Every dossier already published, national and local: what the search index holds. */
    public List<Actualite> published(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " where publie_le <= :today order by id")
                .param("today", today)
                .query(Actualites::map)
                .list();
    }

    /** Published after a dossier was written, published or hidden, on every node. */
    public record Changed(@Nullable Long collectiviteId) implements ClusterEvent {
        @Override
        public @Nullable Long collectiviteScope() {
            return collectiviteId;
        }
    }

    /** A dossier of this collectivité, or a national one (null) that every portal shows, was written. */
    private void announce(@Nullable Long collectiviteId) {
        cluster.publish(new Changed(collectiviteId));
    }

    /** What a collectivité's parents see, newest first: published, its own and the national ones not hidden. */
    public List<Actualite> visible(long collectiviteId, LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 where publie_le <= :today
                   and (collectivite_id = :c or (collectivite_id is null and id not in
                        (select actualite_id from actualite_masquee where collectivite_id = :c)))
                 order by publie_le desc, id desc limit :limit""")
                .param("c", collectiviteId)
                .param("today", today)
                .param("limit", limit)
                .query(Actualites::map)
                .list();
    }

    public Optional<Actualite> visible(long collectiviteId, long id, LocalDate today) {
        return visible(collectiviteId, today, 10_000).stream()
                .filter(a -> a.id() == id)
                .findFirst();
    }

    /** A collectivité's own dossiers (any date), or the national ones when null. */
    public List<Actualite> owned(@Nullable Long collectiviteId) {
        return jdbc.sql("select " + COLUMNS
                        + " where collectivite_id is not distinct from :c order by publie_le desc, id desc")
                .param("c", collectiviteId)
                .query(Actualites::map)
                .list();
    }

    public Optional<Actualite> owned(@Nullable Long collectiviteId, long id) {
        return jdbc.sql("select " + COLUMNS + " where collectivite_id is not distinct from :c and id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .query(Actualites::map)
                .optional();
    }

    public List<Actualite> national() {
        return owned((Long) null);
    }

    public Set<Long> hidden(long collectiviteId) {
        return new HashSet<>(jdbc.sql("select actualite_id from actualite_masquee where collectivite_id = :c")
                .param("c", collectiviteId)
                .query(Long.class)
                .list());
    }

    public void hide(long collectiviteId, long id) {
        jdbc.sql(
                        "insert into actualite_masquee (collectivite_id, actualite_id) values (:c, :id) on conflict do nothing")
                .param("c", collectiviteId)
                .param("id", id)
                .update();
        announce(collectiviteId);
    }

    public void show(long collectiviteId, long id) {
        jdbc.sql("delete from actualite_masquee where collectivite_id = :c and actualite_id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .update();
        announce(collectiviteId);
    }

    public long create(
            @Nullable Long collectiviteId,
            String titre,
            String resume,
            String corps,
            LocalDate publieLe,
            @Nullable Long userId) {
        long id = jdbc.sql("""
                insert into actualite (collectivite_id, titre, resume, corps, publie_le, created_by)
                values (:c, :titre, :resume, :corps, :date, :user) returning id""")
                .param("c", collectiviteId)
                .param("titre", titre)
                .param("resume", resume)
                .param("corps", corps)
                .param("date", publieLe)
                .param("user", userId)
                .query(Long.class)
                .single();
        announce(collectiviteId);
        return id;
    }

    public boolean update(
            @Nullable Long collectiviteId, long id, String titre, String resume, String corps, LocalDate publieLe) {
        boolean updated = jdbc.sql("""
                update actualite set titre = :titre, resume = :resume, corps = :corps, publie_le = :date, updated_at = now()
                 where id = :id and collectivite_id is not distinct from :c""")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .param("titre", titre)
                        .param("resume", resume)
                        .param("corps", corps)
                        .param("date", publieLe)
                        .update()
                == 1;
        announce(collectiviteId);
        return updated;
    }

    public void setImage(long id, byte @Nullable [] image, @Nullable String type, @Nullable String alt) {
        jdbc.sql(
                        "update actualite set image = :image, image_type = :type, image_alt = :alt, updated_at = now() where id = :id returning collectivite_id")
                .param("id", id)
                .param("image", image)
                .param("type", type)
                .param("alt", alt)
                // The pages show the image and its alt: their owner's (or, national, every) portal goes.
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .optional()
                .ifPresent(owner -> announce(owner.orElse(null)));
    }

    public boolean delete(@Nullable Long collectiviteId, long id) {
        boolean deleted = jdbc.sql("delete from actualite where id = :id and collectivite_id is not distinct from :c")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .update()
                == 1;
        announce(collectiviteId);
        return deleted;
    }

    /** The image and its type. */
    public record Image(byte[] content, String type) {}

    public Optional<Image> image(long id) {
        return jdbc.sql("select image, image_type from actualite where id = :id and image is not null")
                .param("id", id)
                .query((rs, n) -> new Image(rs.getBytes("image"), rs.getString("image_type")))
                .optional();
    }

    private static Actualite map(ResultSet rs, int n) throws SQLException {
        return new Actualite(
                rs.getLong("id"),
                rs.getObject("collectivite_id", Long.class),
                rs.getString("titre"),
                rs.getString("resume"),
                rs.getString("corps"),
                rs.getBoolean("has_image"),
                rs.getString("image_alt"),
                rs.getObject("publie_le", LocalDate.class));
    }
}
