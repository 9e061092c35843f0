package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content of each rubrique in each establishment, version by version: the director writes a
 * draft (saved as often as they like), submits it, the mairie publishes it or returns it with a
 * comment. Only the published version is public; every version is kept.
 */
@Service
public class RubriqueContents {

    public static final int MAX_LENGTH = 20_000;

    private static final String COLUMNS = """
            v.id, v.rubrique_id, v.etablissement, v.etat, v.texte, a.nom as auteur, v.created_at, v.updated_at,
            v.soumis_le, v.publie_le, w.nom as valideur, v.commentaire
            from rubrique_version v left join staff_user a on a.id = v.auteur_id
            left join staff_user w on w.id = v.valideur_id
            """;

    private final JdbcClient jdbc;
    private final Duration maxAge;

    RubriqueContents(JdbcClient jdbc, @Value("${portail.rubriques.age-max:P365D}") Duration maxAge) {
        this.jdbc = jdbc;
        this.maxAge = maxAge;
    }

    /** Published content older than this is "à revoir". */
    public Duration maxAge() {
        return maxAge;
    }

    public Optional<RubriqueVersion> working(long rubriqueId, String etablissement) {
        return jdbc.sql("select " + COLUMNS + """
                 where v.rubrique_id = :r and v.etablissement = :e and v.etat in ('BROUILLON', 'SOUMIS')""")
                .param("r", rubriqueId)
                .param("e", etablissement)
                .query(RubriqueContents::map)
                .optional();
    }

    public Optional<RubriqueVersion> published(long rubriqueId, String etablissement) {
        return jdbc.sql("select " + COLUMNS
                        + " where v.rubrique_id = :r and v.etablissement = :e and v.etat = 'PUBLIE'")
                .param("r", rubriqueId)
                .param("e", etablissement)
                .query(RubriqueContents::map)
                .optional();
    }

    /** The published versions of these rubriques in one establishment, by rubrique id. */
    public Map<Long, RubriqueVersion> published(Collection<Long> rubriqueIds, String etablissement) {
        Map<Long, RubriqueVersion> result = new HashMap<>();
        if (rubriqueIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select " + COLUMNS + " where v.rubrique_id in (:r) and v.etablissement = :e and v.etat = 'PUBLIE'")
                .param("r", rubriqueIds)
                .param("e", etablissement)
                .query(RubriqueContents::map)
                .list()
                .forEach(v -> result.put(v.rubriqueId(), v));
        return result;
    }

    public List<RubriqueVersion> history(long rubriqueId, String etablissement) {
        return jdbc.sql("select " + COLUMNS + " where v.rubrique_id = :r and v.etablissement = :e order by v.id desc")
                .param("r", rubriqueId)
                .param("e", etablissement)
                .query(RubriqueContents::map)
                .list();
    }

    public RubriqueVersion version(long id) {
        return jdbc.sql("select " + COLUMNS + " where v.id = :id")
                .param("id", id)
                .query(RubriqueContents::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Version introuvable"));
    }

    /**
     * Saves what the director typed as the draft: the version being worked on is updated (a
     * submitted one goes back to draft: it must be submitted again), or a new draft is started from
     * the published version, documents included.
     */
    @Transactional
    public long saveDraft(long rubriqueId, String etablissement, String texte, long userId) {
        var working = working(rubriqueId, etablissement);
        if (working.isPresent()) {
            var w = working.get();
            if (w.etat() == RubriqueVersion.State.SOUMIS && w.texte().equals(texte)) {
                return w.id();
            }
            jdbc.sql("""
                    update rubrique_version set texte = :t, etat = 'BROUILLON', soumis_le = null, auteur_id = :u,
                           updated_at = now() where id = :id""")
                    .param("t", texte)
                    .param("u", userId)
                    .param("id", w.id())
                    .update();
            return w.id();
        }
        return startDraft(rubriqueId, etablissement, texte, userId);
    }

    /** The version being worked on, started from the published one when there is none. */
    @Transactional
    public long ensureDraft(long rubriqueId, String etablissement, long userId) {
        var working = working(rubriqueId, etablissement);
        if (working.isPresent()) {
            if (working.get().etat() == RubriqueVersion.State.SOUMIS) {
                jdbc.sql(
                                "update rubrique_version set etat = 'BROUILLON', soumis_le = null, updated_at = now() where id = :id")
                        .param("id", working.get().id())
                        .update();
            }
            return working.get().id();
        }
        return startDraft(
                rubriqueId,
                etablissement,
                published(rubriqueId, etablissement).map(RubriqueVersion::texte).orElse(""),
                userId);
    }

    private long startDraft(long rubriqueId, String etablissement, String texte, long userId) {
        // An autosave and a click on "Envoyer" may both start the first draft: the second one updates it.
        var created = jdbc.sql("""
                insert into rubrique_version (rubrique_id, etablissement, etat, texte, auteur_id)
                values (:r, :e, 'BROUILLON', :t, :u) on conflict do nothing returning id""")
                .param("r", rubriqueId)
                .param("e", etablissement)
                .param("t", texte)
                .param("u", userId)
                .query(Long.class)
                .optional();
        if (created.isEmpty()) {
            long existing = working(rubriqueId, etablissement).orElseThrow().id();
            jdbc.sql(
                            "update rubrique_version set texte = :t, auteur_id = :u, updated_at = now() where id = :id and etat = 'BROUILLON'")
                    .param("t", texte)
                    .param("u", userId)
                    .param("id", existing)
                    .update();
            return existing;
        }
        long id = created.get();
        published(rubriqueId, etablissement)
                .ifPresent(
                        p -> jdbc.sql("""
                insert into rubrique_document (version_id, nom, contenu, taille, created_at)
                select :id, nom, contenu, taille, created_at from rubrique_document where version_id = :from order by id""").param("id", id).param("from", p.id()).update());
        return id;
    }

    /** Saves and submits to the mairie; open update requests for this rubrique are answered. */
    @Transactional
    public long submit(long rubriqueId, String etablissement, String texte, long userId) {
        long id = saveDraft(rubriqueId, etablissement, texte, userId);
        jdbc.sql("""
                update rubrique_version set etat = 'SOUMIS', soumis_le = now(), commentaire = null, updated_at = now()
                 where id = :id""").param("id", id).update();
        // A request for the whole page is answered only for the collectivités this director writes for.
        jdbc.sql("""
                update demande_mise_a_jour set close_le = now()
                 where etablissement = :e and close_le is null
                   and (rubrique_id = :r or (rubrique_id is null and collectivite_id in (
                        select collectivite_id from role_grant
                         where user_id = :u and role = 'SCHOOL_DIRECTOR' and etablissement = :e)))""")
                .param("e", etablissement)
                .param("r", rubriqueId)
                .param("u", userId)
                .update();
        return id;
    }

    /** Publishes a submitted version: it replaces the published one, which is kept in the history. */
    @Transactional
    public void publish(long versionId, long validatorId, @Nullable String commentaire) {
        var v = version(versionId);
        if (v.etat() != RubriqueVersion.State.SOUMIS) {
            throw new IllegalStateException("Seule une version soumise peut être publiée.");
        }
        jdbc.sql("""
                update rubrique_version set etat = 'REMPLACE', updated_at = now()
                 where rubrique_id = :r and etablissement = :e and etat = 'PUBLIE'""").param("r", v.rubriqueId()).param("e", v.etablissement()).update();
        // Guarded by the state in the same statement: a draft saved meanwhile is never published (and
        // the exception rolls the replacement above back).
        int published = jdbc.sql("""
                update rubrique_version set etat = 'PUBLIE', publie_le = now(), valideur_id = :u, commentaire = :c,
                       updated_at = now() where id = :id and etat = 'SOUMIS'""")
                .param("u", validatorId)
                .param("c", commentaire)
                .param("id", versionId)
                .update();
        if (published != 1) {
            throw new IllegalStateException("Seule une version soumise peut être publiée.");
        }
    }

    /**
     * Sends a submitted version back with what to change: it stays in the history as RENVOYE, and a
     * new draft with the same text, documents and the comment continues from it.
     */
    @Transactional
    public long returnToDraft(long versionId, long validatorId, String commentaire) {
        var v = version(versionId);
        if (v.etat() != RubriqueVersion.State.SOUMIS) {
            throw new IllegalStateException("Seule une version soumise peut être renvoyée.");
        }
        int returned = jdbc.sql("""
                update rubrique_version set etat = 'RENVOYE', valideur_id = :u, commentaire = :c, updated_at = now()
                 where id = :id and etat = 'SOUMIS'""")
                .param("u", validatorId)
                .param("c", commentaire)
                .param("id", versionId)
                .update();
        if (returned != 1) {
            throw new IllegalStateException("Seule une version soumise peut être renvoyée.");
        }
        long draft = jdbc.sql("""
                insert into rubrique_version (rubrique_id, etablissement, etat, texte, auteur_id, commentaire)
                select rubrique_id, etablissement, 'BROUILLON', texte, auteur_id, :c from rubrique_version where id = :id
                returning id""")
                .param("c", commentaire)
                .param("id", versionId)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into rubrique_document (version_id, nom, contenu, taille, created_at)
                select :draft, nom, contenu, taille, created_at from rubrique_document where version_id = :id order by id""").param("draft", draft).param("id", versionId).update();
        return draft;
    }

    /** The state of every rubrique of a set in every establishment, by establishment key then rubrique id. */
    public Map<String, Map<Long, RubriqueStatus>> statuses(RubriqueSet set, Collection<String> etablissements) {
        Map<String, Map<Long, RubriqueStatus>> result = new HashMap<>();
        var ids = set.rubriques().stream().map(Rubrique::id).toList();
        if (ids.isEmpty() || etablissements.isEmpty()) {
            return result;
        }
        record Row(
                long rubriqueId,
                String etablissement,
                String etat,
                @Nullable Instant publieLe) {}
        var rows = jdbc.sql("""
                select rubrique_id, etablissement, etat, publie_le from rubrique_version
                 where rubrique_id in (:ids) and etablissement in (:e) and etat in ('BROUILLON', 'SOUMIS', 'PUBLIE')""")
                .param("ids", ids)
                .param("e", etablissements)
                .query(Row.class)
                .list();
        record Request(String etablissement, @Nullable Long rubriqueId, Instant createdAt) {}
        var requests =
                jdbc.sql("""
                select etablissement, rubrique_id, created_at from demande_mise_a_jour
                 where close_le is null and etablissement in (:e)""").param("e", etablissements).query(Request.class).list();
        Map<String, Map<Long, Row>> working = new HashMap<>();
        Map<String, Map<Long, Row>> published = new HashMap<>();
        for (Row row : rows) {
            (row.etat().equals("PUBLIE") ? published : working)
                    .computeIfAbsent(row.etablissement(), k -> new HashMap<>())
                    .put(row.rubriqueId(), row);
        }
        Instant tooOld = Instant.now().minus(maxAge);
        for (String e : etablissements) {
            Map<Long, RubriqueStatus> byRubrique = new HashMap<>();
            for (long r : ids) {
                Row w = working.getOrDefault(e, Map.of()).get(r);
                Row p = published.getOrDefault(e, Map.of()).get(r);
                RubriqueStatus status;
                if (w != null && w.etat().equals("SOUMIS")) {
                    status = RubriqueStatus.SOUMISE;
                } else if (p != null) {
                    boolean requested = requests.stream()
                            .anyMatch(q ->
                                    q.etablissement().equals(e) && (q.rubriqueId() == null || q.rubriqueId() == r));
                    status = requested || p.publieLe() == null || p.publieLe().isBefore(tooOld)
                            ? RubriqueStatus.A_REVOIR
                            : RubriqueStatus.PUBLIEE;
                } else if (w != null) {
                    status = RubriqueStatus.BROUILLON;
                } else {
                    status = RubriqueStatus.MANQUANTE;
                }
                byRubrique.put(r, status);
            }
            result.put(e, byRubrique);
        }
        return result;
    }

    // Documents ---------------------------------------------------------------------------------

    /** A PDF attached to a version. */
    public record Document(long id, long versionId, String nom, int taille) {

        public String tailleLisible() {
            return PdfCheck.size(taille);
        }
    }

    public List<Document> documents(long versionId) {
        return jdbc.sql("select id, version_id, nom, taille from rubrique_document where version_id = :v order by id")
                .param("v", versionId)
                .query(Document.class)
                .list();
    }

    public Optional<Document> document(long id) {
        return jdbc.sql("select id, version_id, nom, taille from rubrique_document where id = :id")
                .param("id", id)
                .query(Document.class)
                .optional();
    }

    public byte[] documentContent(long id) {
        return jdbc.sql("select contenu from rubrique_document where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    /** Attaches a checked PDF to the version being worked on (started if needed). */
    @Transactional
    public long attach(long rubriqueId, String etablissement, String nom, byte[] content, long userId) {
        long versionId = ensureDraft(rubriqueId, etablissement, userId);
        return jdbc.sql("""
                insert into rubrique_document (version_id, nom, contenu, taille) values (:v, :n, :c, :t) returning id""")
                .param("v", versionId)
                .param("n", nom)
                .param("c", content)
                .param("t", content.length)
                .query(Long.class)
                .single();
    }

    /** Removes a document from the version being worked on. */
    @Transactional
    public void detach(long rubriqueId, String etablissement, long documentId, long userId) {
        long versionId = ensureDraft(rubriqueId, etablissement, userId);
        var doc = document(documentId).orElseThrow(() -> new NotFoundException("Document introuvable"));
        if (doc.versionId() != versionId) {
            // A document of the published version: the draft holds a copy of the same name.
            jdbc.sql("""
                    delete from rubrique_document where id = (
                        select id from rubrique_document where version_id = :v and nom = :n order by id limit 1)""").param("v", versionId).param("n", doc.nom()).update();
            return;
        }
        jdbc.sql("delete from rubrique_document where id = :id")
                .param("id", documentId)
                .update();
    }

    private static RubriqueVersion map(ResultSet rs, int n) throws SQLException {
        var soumis = rs.getTimestamp("soumis_le");
        var publie = rs.getTimestamp("publie_le");
        return new RubriqueVersion(
                rs.getLong("id"),
                rs.getLong("rubrique_id"),
                rs.getString("etablissement"),
                RubriqueVersion.State.valueOf(rs.getString("etat")),
                rs.getString("texte"),
                rs.getString("auteur"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                soumis == null ? null : soumis.toInstant(),
                publie == null ? null : publie.toInstant(),
                rs.getString("valideur"),
                rs.getString("commentaire"));
    }
}
