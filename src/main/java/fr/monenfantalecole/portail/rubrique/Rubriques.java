package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubriques of each collectivité. There is no per-school rubrique at all: every establishment of a
 * collectivité shows the same ones, in the same order, which gives all schools the same visibility.
 */
@Repository
public class Rubriques {

    /** Rows read as records: a row is never null, whatever a one-column query may return. */
    private static final RowMapper<Rubrique> RUBRIQUE = new SimplePropertyRowMapper<>(Rubrique.class);

    public static final int MAX = 10;

    /** Anything a school page shows was written (after the write or inside it), on every node: pages kept go. */
    public record Changed(@Nullable Long collectiviteId) implements ClusterEvent {
        @Override
        public @Nullable Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private final JdbcClient jdbc;
    private final Collectivites collectivites;
    private final ClusterEvents cluster;

    Rubriques(JdbcClient jdbc, Collectivites collectivites, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.collectivites = collectivites;
        this.cluster = cluster;
    }

    /** The rubriques a collectivité chose itself (empty when it inherits or has none). */
    public List<Rubrique> own(long collectiviteId) {
        return jdbc.sql("""
                select id, collectivite_id, position, titre, aide from rubrique
                 where collectivite_id = :id and supprimee_le is null order by position, id""").param("id", collectiviteId).query(RUBRIQUE).list();
    }

    /** The nearest collectivité, walking up from this one, that chose rubriques. */
    public Optional<RubriqueSet> resolve(Collectivite collectivite) {
        List<Long> chain = new ArrayList<>();
        chain.add(collectivite.id());
        chain.addAll(collectivites.ancestorIds(collectivite.id()));
        for (long id : chain) {
            var own = own(id);
            if (!own.isEmpty()) {
                String nom = id == collectivite.id()
                        ? collectivite.nom()
                        : collectivites.findById(id).map(Collectivite::nom).orElse("");
                return Optional.of(new RubriqueSet(id, nom, id != collectivite.id(), own));
            }
        }
        return Optional.empty();
    }

    /** A rubrique of the set that applies to the collectivité (its own or inherited), or 404. */
    public Rubrique require(Collectivite collectivite, long id) {
        return resolve(collectivite)
                .flatMap(set ->
                        set.rubriques().stream().filter(r -> r.id() == id).findFirst())
                .orElseThrow(() -> new NotFoundException("Rubrique introuvable"));
    }

    public Rubrique find(long collectiviteId, long id) {
        return jdbc.sql(
                        "select id, collectivite_id, position, titre, aide from rubrique where id = :id and collectivite_id = :c"
                                + " and supprimee_le is null")
                .param("id", id)
                .param("c", collectiviteId)
                .query(Rubrique.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Rubrique introuvable"));
    }

    /** Adds a rubrique at the end; returns a French reason when refused. */
    @Transactional
    public @Nullable String add(long collectiviteId, String titre, String aide) {
        lockAdditions(collectiviteId);
        var own = own(collectiviteId);
        if (own.size() >= MAX) {
            return "Vous avez déjà " + MAX + " rubriques, le maximum : supprimez-en une avant d'en ajouter une autre.";
        }
        if (own.stream().anyMatch(r -> r.titre().equalsIgnoreCase(titre))) {
            return "Une rubrique porte déjà ce titre.";
        }
        int position = own.stream().mapToInt(Rubrique::position).max().orElse(0) + 1;
        jdbc.sql("insert into rubrique (collectivite_id, position, titre, aide) values (:c, :p, :t, :a)")
                .param("c", collectiviteId)
                .param("p", position)
                .param("t", titre)
                .param("a", aide)
                .update();
        cluster.publish(new Changed(collectiviteId));
        return null;
    }

    public @Nullable String update(long collectiviteId, long id, String titre, String aide) {
        find(collectiviteId, id);
        if (own(collectiviteId).stream().anyMatch(r -> r.id() != id && r.titre().equalsIgnoreCase(titre))) {
            return "Une rubrique porte déjà ce titre.";
        }
        jdbc.sql("update rubrique set titre = :t, aide = :a where id = :id")
                .param("t", titre)
                .param("a", aide)
                .param("id", id)
                .update();
        cluster.publish(new Changed(collectiviteId));
        return null;
    }

    /** Moves a rubrique one place up (-1) or down (+1). */
    @Transactional
    public void move(long collectiviteId, long id, int delta) {
        find(collectiviteId, id);
        var own = new ArrayList<>(own(collectiviteId));
        int index = -1;
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).id() == id) {
                index = i;
            }
        }
        int target = index + delta;
        if (index < 0 || target < 0 || target >= own.size()) {
            return;
        }
        own.add(target, own.remove(index));
        for (int i = 0; i < own.size(); i++) {
            jdbc.sql("update rubrique set position = :p where id = :id")
                    .param("p", i + 1)
                    .param("id", own.get(i).id())
                    .update();
        }
        cluster.publish(new Changed(collectiviteId));
    }

    /**
     * Deletes a rubrique and, with it, its content in every establishment — kept aside for 30 days so
     * that the deletion can be undone ({@link #restore}).
     */
    @Transactional
    public void delete(long collectiviteId, long id) {
        find(collectiviteId, id);
        jdbc.sql("delete from rubrique where collectivite_id = :c and supprimee_le < now() - interval '30 days'")
                .param("c", collectiviteId)
                .update();
        jdbc.sql("update rubrique set supprimee_le = now() where id = :id")
                .param("id", id)
                .update();
        cluster.publish(new Changed(collectiviteId));
    }

    /** Undoes a deletion: the rubrique comes back last, with its content; returns a French reason when refused. */
    @Transactional
    public @Nullable String restore(long collectiviteId, long id) {
        var deleted = jdbc.sql(
                        "select titre from rubrique where id = :id and collectivite_id = :c and supprimee_le is not null")
                .param("id", id)
                .param("c", collectiviteId)
                .query((rs, n) -> rs.getString(1))
                .optional()
                .orElseThrow(() -> new NotFoundException("Rubrique introuvable"));
        lockAdditions(collectiviteId);
        var own = own(collectiviteId);
        if (own.size() >= MAX) {
            return "Vous avez déjà " + MAX + " rubriques : supprimez-en une avant de rétablir « " + deleted + " ».";
        }
        if (own.stream().anyMatch(r -> r.titre().equalsIgnoreCase(deleted))) {
            return "Une rubrique porte déjà le titre « " + deleted + " » : renommez-la avant de rétablir l'ancienne.";
        }
        jdbc.sql("update rubrique set supprimee_le = null, position = :p where id = :id")
                .param("p", own.stream().mapToInt(Rubrique::position).max().orElse(0) + 1)
                .param("id", id)
                .update();
        cluster.publish(new Changed(collectiviteId));
        return null;
    }

    /** How many establishments have written something in this rubrique (what a deletion would take away). */
    public int establishmentsWithContent(long id) {
        return jdbc.sql("select count(distinct etablissement) from rubrique_version where rubrique_id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getInt(1))
                .single();
    }

    /** Starts from the suggested rubriques (only when the collectivité has none of its own). */
    @Transactional
    public void chooseSuggested(long collectiviteId) {
        if (!own(collectiviteId).isEmpty()) {
            return;
        }
        for (String[] s : SuggestedRubriques.ALL) {
            add(collectiviteId, s[0], s[1]);
        }
    }

    /**
     * Serialises what adds a rubrique (an addition, a restored one) per collectivité with a lock of this
     * module's own, held until the transaction ends, so that the maximum and the unique titles hold.
     */
    private void lockAdditions(long collectiviteId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('rubrique'), cast(:id as integer))")
                .param("id", collectiviteId)
                .query(Object.class)
                .list();
    }
}
