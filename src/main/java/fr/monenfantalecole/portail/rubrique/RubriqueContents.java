package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;
    private final VersionRows rows;
    private final StaffUsers users;

    RubriqueContents(JdbcClient jdbc, ClusterEvents cluster, VersionRows rows, StaffUsers users) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        this.rows = rows;
        this.users = users;
    }

    public Optional<RubriqueVersion> working(long rubriqueId, String etablissement) {
        return rows.named(jdbc.sql("select " + VersionRows.COLUMNS + """
                 where v.rubrique_id = :r and v.etablissement = :e and v.etat in ('BROUILLON', 'SOUMIS')""")
                .param("r", rubriqueId)
                .param("e", etablissement)
                .query(VersionRows::map)
                .optional());
    }

    public Optional<RubriqueVersion> published(long rubriqueId, String etablissement) {
        return rows.named(jdbc.sql("select " + VersionRows.COLUMNS
                        + " where v.rubrique_id = :r and v.etablissement = :e and v.etat = 'PUBLIE'")
                .param("r", rubriqueId)
                .param("e", etablissement)
                .query(VersionRows::map)
                .optional());
    }

    /** The published versions of these rubriques in one establishment, by rubrique id. */
    public Map<Long, RubriqueVersion> published(Collection<Long> rubriqueIds, String etablissement) {
        Map<Long, RubriqueVersion> result = new HashMap<>();
        if (rubriqueIds.isEmpty()) {
            return result;
        }
        rows.named(jdbc.sql("select " + VersionRows.COLUMNS
                                + " where v.rubrique_id in (:r) and v.etablissement = :e and v.etat = 'PUBLIE'")
                        .param("r", rubriqueIds)
                        .param("e", etablissement)
                        .query(VersionRows::map)
                        .list())
                .forEach(v -> result.put(v.rubriqueId(), v));
        return result;
    }

    public List<RubriqueVersion> history(long rubriqueId, String etablissement) {
        return rows.named(jdbc.sql("select " + VersionRows.COLUMNS
                        + " where v.rubrique_id = :r and v.etablissement = :e order by v.id desc")
                .param("r", rubriqueId)
                .param("e", etablissement)
                .query(VersionRows::map)
                .list());
    }

    public RubriqueVersion version(long id) {
        return rows.named(jdbc.sql("select " + VersionRows.COLUMNS + " where v.id = :id")
                        .param("id", id)
                        .query(VersionRows::map)
                        .optional())
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
    long ensureDraft(long rubriqueId, String etablissement, long userId) {
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
        published(rubriqueId, etablissement).ifPresent(p -> copyDocuments(p.id(), id));
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
        List<Long> directed = users.collectivitesOfDirector(userId, etablissement);
        jdbc.sql("""
                update demande_mise_a_jour set close_le = now()
                 where etablissement = :e and close_le is null
                   and (rubrique_id = :r or (rubrique_id is null and collectivite_id = any(cast(:c as bigint[]))))""")
                .param("e", etablissement)
                .param("r", rubriqueId)
                .param("c", directed.toArray(Long[]::new))
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
        // A school's page shows under every portal whose territory holds the school: all of them go.
        cluster.publish(new Rubriques.Changed(null));
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
        copyDocuments(versionId, draft);
        return draft;
    }

    /** A new version starts with the documents of the one it continues. */
    private void copyDocuments(long fromVersion, long toVersion) {
        jdbc.sql("""
                insert into rubrique_document (version_id, nom, contenu, taille, created_at)
                select :to, nom, contenu, taille, created_at from rubrique_document where version_id = :from order by id""").param("to", toVersion).param("from", fromVersion).update();
    }
}
