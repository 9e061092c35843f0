package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Local sheets, always read with the collectivité they belong to. */
@Repository
public class LocalFiches {

    /** Published after a collectivité wrote or deleted one of its own sheets, on every node. */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private static final String COLUMNS =
            "id, collectivite_id, theme_id, niveau, titre, bref, detail, publiee, updated_at from fiche_locale";

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    LocalFiches(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    /** Every collectivité's local sheets: what the search index holds. */
    public List<LocalFiche> all() {
        return jdbc.sql("select " + COLUMNS + " order by id")
                .query(LocalFiches::map)
                .list();
    }

    public List<LocalFiche> of(long collectiviteId) {
        return jdbc.sql("select " + COLUMNS + " where collectivite_id = :c order by theme_id, titre")
                .param("c", collectiviteId)
                .query(LocalFiches::map)
                .list();
    }

    public Optional<LocalFiche> find(long collectiviteId, long id) {
        return jdbc.sql("select " + COLUMNS + " where collectivite_id = :c and id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .query(LocalFiches::map)
                .optional();
    }

    public long create(
            long collectiviteId,
            String themeId,
            Niveau niveau,
            String titre,
            String bref,
            String detail,
            boolean publiee,
            @Nullable Long userId) {
        long id = jdbc.sql("""
                insert into fiche_locale (collectivite_id, theme_id, niveau, titre, bref, detail, publiee, updated_by)
                values (:c, :theme, :niveau, :titre, :bref, :detail, :publiee, :user) returning id""")
                .param("c", collectiviteId)
                .param("theme", themeId)
                .param("niveau", niveau.code())
                .param("titre", titre)
                .param("bref", bref)
                .param("detail", detail)
                .param("publiee", publiee)
                .param("user", userId)
                .query(Long.class)
                .single();
        cluster.publish(new Changed(collectiviteId));
        return id;
    }

    public boolean update(
            long collectiviteId,
            long id,
            String themeId,
            Niveau niveau,
            String titre,
            String bref,
            String detail,
            boolean publiee,
            @Nullable Long userId) {
        boolean updated = jdbc.sql("""
                update fiche_locale set theme_id = :theme, niveau = :niveau, titre = :titre, bref = :bref,
                    detail = :detail, publiee = :publiee, updated_by = :user, updated_at = now()
                 where collectivite_id = :c and id = :id""")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .param("theme", themeId)
                        .param("niveau", niveau.code())
                        .param("titre", titre)
                        .param("bref", bref)
                        .param("detail", detail)
                        .param("publiee", publiee)
                        .param("user", userId)
                        .update()
                == 1;
        cluster.publish(new Changed(collectiviteId));
        return updated;
    }

    public boolean delete(long collectiviteId, long id) {
        boolean deleted = jdbc.sql("delete from fiche_locale where collectivite_id = :c and id = :id")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .update()
                == 1;
        cluster.publish(new Changed(collectiviteId));
        return deleted;
    }

    private static LocalFiche map(ResultSet rs, int n) throws SQLException {
        return new LocalFiche(
                rs.getLong("id"),
                rs.getLong("collectivite_id"),
                rs.getString("theme_id"),
                Niveau.fromCode(rs.getString("niveau")).orElse(Niveau.TOUS),
                rs.getString("titre"),
                rs.getString("bref"),
                rs.getString("detail"),
                rs.getBoolean("publiee"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
