package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.shared.StaffNames;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The national sheets: the catalogue and every version written. */
@Repository
public class NationalFiches {
    /** Published after a version of a national sheet was published, on every node. */
    public record Published(long versionId) implements ClusterEvent {}

    private static final String FICHE_COLUMNS = """
            f.id, f.theme_id, f.niveau, f.question, f.resume_attendu, f.champs_prevus, f.requetes,
            f.published_version_id, v.titre, v.reviewed_at
            from fiche f left join fiche_version v on v.id = f.published_version_id""";

    private static final String VERSION_COLUMNS = """
            v.id, v.fiche_id, v.number, v.titre, v.questions, v.bref, v.detail, v.sources, v.liees, v.a_reverifier,
            v.status,
            v.current_step, v.origin, v.author_id, v.created_at, v.published_at, v.reviewed_at
            from fiche_version v""";

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    // Authors are accounts: the account module names them (a module slice without it never reads an authored version).
    private final ObjectProvider<StaffNames> staffNames;

    NationalFiches(JdbcClient jdbc, ClusterEvents cluster, ObjectProvider<StaffNames> staffNames) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        this.staffNames = staffNames;
    }

    public List<Fiche> all() {
        return jdbc.sql("select " + FICHE_COLUMNS + " order by f.position")
                .query(NationalFiches::fiche)
                .list();
    }

    public List<Fiche> published() {
        return jdbc.sql("select " + FICHE_COLUMNS + " where f.published_version_id is not null order by f.position")
                .query(NationalFiches::fiche)
                .list();
    }

    public Optional<Fiche> find(String id) {
        return jdbc.sql("select " + FICHE_COLUMNS + " where f.id = :id")
                .param("id", id)
                .query(NationalFiches::fiche)
                .optional();
    }

    public Set<String> ids() {
        return new HashSet<>(
                jdbc.sql("select id from fiche").query(String.class).list());
    }

    public Optional<FicheVersion> version(long versionId) {
        return named(jdbc.sql("select " + VERSION_COLUMNS + " where v.id = :id")
                        .param("id", versionId)
                        .query(NationalFiches::version)
                        .list())
                .stream()
                .findFirst();
    }

    /** The published version of every published sheet. */
    public List<FicheVersion> publishedVersions() {
        return named(jdbc.sql("select " + VERSION_COLUMNS + " where v.id in (select published_version_id from fiche)")
                .query(NationalFiches::version)
                .list());
    }

    public List<FicheVersion> versions(String ficheId) {
        return named(jdbc.sql("select " + VERSION_COLUMNS + " where v.fiche_id = :id order by v.number desc")
                .param("id", ficheId)
                .query(NationalFiches::version)
                .list());
    }

    public Optional<FicheVersion> latest(String ficheId) {
        return versions(ficheId).stream().findFirst();
    }

    /** Versions waiting in the review chain or sent back, oldest first. */
    public List<FicheVersion> inReview() {
        return named(jdbc.sql("select " + VERSION_COLUMNS
                        + " where v.status in ('EN_RELECTURE', 'A_REPRENDRE', 'BROUILLON') order by v.created_at")
                .query(NationalFiches::version)
                .list());
    }

    public long createVersion(
            String ficheId, FicheContent c, FicheVersion.Status status, String origin, @Nullable Long authorId) {
        return jdbc.sql("""
                insert into fiche_version (fiche_id, number, titre, questions, bref, detail, sources, liees,
                    a_reverifier, status, origin, author_id)
                values (:fiche, (select coalesce(max(number), 0) + 1 from fiche_version where fiche_id = :fiche),
                    :titre, cast(:questions as text[]), :bref, :detail, cast(:sources as text[]), cast(:liees as text[]),
                    cast(:faits as text[]), :status, :origin, :author)
                returning id""")
                .param("fiche", ficheId)
                .param("titre", c.titre())
                .param("questions", c.questions().toArray(String[]::new))
                .param("bref", c.bref())
                .param("detail", c.detail())
                .param("sources", c.sources().toArray(String[]::new))
                .param("liees", c.liees().toArray(String[]::new))
                .param("faits", c.aReverifier().toArray(String[]::new))
                .param("status", status.name())
                .param("origin", origin)
                .param("author", authorId)
                .query(Long.class)
                .single();
    }

    /** Replaces the text of a version still being written or sent back. */
    public void updateContent(long versionId, FicheContent c) {
        jdbc.sql("""
                update fiche_version set titre = :titre, questions = cast(:questions as text[]), bref = :bref,
                    detail = :detail, sources = cast(:sources as text[]), liees = cast(:liees as text[]),
                    a_reverifier = cast(:faits as text[])
                 where id = :id and status in ('BROUILLON', 'A_REPRENDRE')""")
                .param("id", versionId)
                .param("titre", c.titre())
                .param("questions", c.questions().toArray(String[]::new))
                .param("bref", c.bref())
                .param("detail", c.detail())
                .param("sources", c.sources().toArray(String[]::new))
                .param("liees", c.liees().toArray(String[]::new))
                .param("faits", c.aReverifier().toArray(String[]::new))
                .update();
    }

    public void setStatus(long versionId, FicheVersion.Status status, @Nullable Integer step) {
        jdbc.sql("update fiche_version set status = :status, current_step = :step where id = :id")
                .param("id", versionId)
                .param("status", status.name())
                .param("step", step)
                .update();
    }

    /** Makes a version the live one for every collectivité; the previous one stays in history. */
    @Transactional
    public void publish(long versionId) {
        var version = version(versionId).orElseThrow();
        jdbc.sql(
                        "update fiche_version set status = 'ARCHIVEE', current_step = null where fiche_id = :fiche and status = 'PUBLIEE'")
                .param("fiche", version.ficheId())
                .update();
        jdbc.sql(
                        "update fiche_version set status = 'PUBLIEE', current_step = null, published_at = now(), reviewed_at = now() where id = :id")
                .param("id", versionId)
                .update();
        jdbc.sql("update fiche set published_version_id = :version where id = :fiche")
                .param("version", versionId)
                .param("fiche", version.ficheId())
                .update();
        cluster.publish(new Published(versionId));
    }

    private static List<String> list(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Fiche fiche(ResultSet rs, int n) throws SQLException {
        var reviewed = rs.getTimestamp("reviewed_at");
        return new Fiche(
                rs.getString("id"),
                rs.getString("theme_id"),
                Niveau.fromCode(rs.getString("niveau")).orElse(Niveau.TOUS),
                rs.getString("question"),
                rs.getString("resume_attendu"),
                list(rs.getArray("champs_prevus")),
                list(rs.getArray("requetes")),
                rs.getObject("published_version_id", Long.class),
                rs.getString("titre"),
                reviewed == null ? null : reviewed.toInstant());
    }

    /** A version as read, its author still an id: {@link #named} names the authors of a whole list at once. */
    private record Authored(FicheVersion version, @Nullable Long authorId) {}

    private List<FicheVersion> named(List<Authored> rows) {
        return StaffNames.named(staffNames, rows, Authored::authorId, (row, names) -> {
            Long authorId = row.authorId();
            return authorId == null ? row.version() : row.version().byAuthor(names.get(authorId));
        });
    }

    private static Authored version(ResultSet rs, int n) throws SQLException {
        var published = rs.getTimestamp("published_at");
        var reviewed = rs.getTimestamp("reviewed_at");
        var version = new FicheVersion(
                rs.getLong("id"),
                rs.getString("fiche_id"),
                rs.getInt("number"),
                new FicheContent(
                        rs.getString("titre"),
                        list(rs.getArray("questions")),
                        rs.getString("bref"),
                        rs.getString("detail"),
                        list(rs.getArray("sources")),
                        list(rs.getArray("liees")),
                        list(rs.getArray("a_reverifier"))),
                FicheVersion.Status.valueOf(rs.getString("status")),
                rs.getObject("current_step", Integer.class),
                rs.getString("origin"),
                null,
                rs.getTimestamp("created_at").toInstant(),
                published == null ? null : published.toInstant(),
                reviewed == null ? null : reviewed.toInstant());
        return new Authored(version, rs.getObject("author_id", Long.class));
    }
}
