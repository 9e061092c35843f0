package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The priced services of each collectivité, with their grids. Every read and write is scoped to a collectivité. */
@Repository
public class Prestations {

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    Prestations(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    /** A collectivité's grids were written: what shows them (sheets) is rendered again. */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    /** What is saved: everything but the id. */
    public record Saisie(
            String nom,
            String unite,
            String description,
            String anneeScolaire,
            int ordre,
            Grille grille,
            boolean exemple) {}

    public List<Prestation> of(long collectiviteId, @Nullable String annee) {
        var rows = jdbc.sql(
                        "select * from prestation where collectivite_id = :c and (cast(:a as text) is null or annee_scolaire = :a)"
                                + " order by annee_scolaire desc, ordre, nom")
                .param("c", collectiviteId)
                .param("a", annee)
                .query(PrestationRow::map)
                .list();
        return withTranches(rows);
    }

    public Optional<Prestation> find(long collectiviteId, long id) {
        var rows = jdbc.sql("select * from prestation where collectivite_id = :c and id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .query(PrestationRow::map)
                .list();
        return withTranches(rows).stream().findFirst();
    }

    /** The school years that have at least one grid, newest first. */
    public List<String> annees(long collectiviteId) {
        return jdbc.sql(
                        "select distinct annee_scolaire from prestation where collectivite_id = :c order by annee_scolaire desc")
                .param("c", collectiviteId)
                .query((rs, n) -> rs.getString("annee_scolaire"))
                .list();
    }

    public boolean nameTaken(long collectiviteId, String annee, String nom, @Nullable Long exceptId) {
        return jdbc.sql("""
                select count(*) from prestation where collectivite_id = :c and annee_scolaire = :a
                   and lower(nom) = lower(:n) and (cast(:id as bigint) is null or id <> :id)""")
                        .param("c", collectiviteId)
                        .param("a", annee)
                        .param("n", nom)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    public long create(long collectiviteId, Saisie s, @Nullable Long by) {
        long id = jdbc.sql("""
                insert into prestation (collectivite_id, nom, unite, description, annee_scolaire, ordre, mode, bornes,
                    taux_pourcent, plancher_centimes, plafond_centimes, prix_defaut_centimes, non_resident,
                    non_resident_pourcent, non_resident_centimes, fratrie_rang, fratrie_pourcent, exemple, updated_by)
                values (:c, :nom, :unite, :description, :annee, :ordre, :mode, :bornes, :taux, :plancher, :plafond, :defaut,
                    :nr, :nrPct, :nrPrix, :fRang, :fPct, :exemple, :by) returning id""")
                .params(PrestationParams.of(collectiviteId, s, by))
                .query(Long.class)
                .single();
        saveTranches(id, s.grille());
        cluster.publish(new Changed(collectiviteId));
        return id;
    }

    @Transactional
    public boolean update(long collectiviteId, long id, Saisie s, @Nullable Long by) {
        var p = PrestationParams.of(collectiviteId, s, by);
        p.put("id", id);
        int n = jdbc.sql("""
                update prestation set nom = :nom, unite = :unite, description = :description, annee_scolaire = :annee,
                    ordre = :ordre, mode = :mode, bornes = :bornes, taux_pourcent = :taux, plancher_centimes = :plancher,
                    plafond_centimes = :plafond, prix_defaut_centimes = :defaut, non_resident = :nr,
                    non_resident_pourcent = :nrPct, non_resident_centimes = :nrPrix, fratrie_rang = :fRang,
                    fratrie_pourcent = :fPct, exemple = :exemple, updated_by = :by, updated_at = now()
                 where collectivite_id = :c and id = :id""").params(p).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from tranche where prestation_id = :id")
                .param("id", id)
                .update();
        saveTranches(id, s.grille());
        cluster.publish(new Changed(collectiviteId));
        return true;
    }

    public boolean delete(long collectiviteId, long id) {
        boolean deleted = jdbc.sql("delete from prestation where collectivite_id = :c and id = :id")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .update()
                > 0;
        if (deleted) {
            cluster.publish(new Changed(collectiviteId));
        }
        return deleted;
    }

    /** Copies a year's grids to the next school year (those not already there); returns how many were copied. */
    @Transactional
    public int copyToNextYear(long collectiviteId, String annee, @Nullable Long by) {
        String next = AnneeScolaire.suivante(annee);
        int copied = 0;
        for (var p : of(collectiviteId, annee)) {
            if (!nameTaken(collectiviteId, next, p.nom(), null)) {
                create(
                        collectiviteId,
                        new Saisie(p.nom(), p.unite(), p.description(), next, p.ordre(), p.grille(), p.exemple()),
                        by);
                copied++;
            }
        }
        return copied;
    }

    private void saveTranches(long id, Grille g) {
        if (g.mode() != Grille.Mode.TRANCHES) {
            return;
        }
        int rank = 0;
        for (var t : g.tranches()) {
            jdbc.sql(
                            "insert into tranche (prestation_id, rang, de_centimes, a_centimes, prix_centimes) values (:p, :r, :de, :a, :prix)")
                    .param("p", id)
                    .param("r", rank++)
                    .param("de", t.deCentimes())
                    .param("a", t.aCentimes())
                    .param("prix", t.prixCentimes())
                    .update();
        }
    }

    private List<Prestation> withTranches(List<PrestationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Grille.Tranche>> tranches = new LinkedHashMap<>();
        jdbc.sql(
                        "select prestation_id, de_centimes, a_centimes, prix_centimes from tranche where prestation_id in (:ids) order by prestation_id, rang")
                .param("ids", rows.stream().map(PrestationRow::id).toList())
                .query((rs, n) -> {
                    Long a = PrestationRow.nullableLong(rs, "a_centimes");
                    tranches.computeIfAbsent(rs.getLong("prestation_id"), k -> new ArrayList<>())
                            .add(new Grille.Tranche(rs.getLong("de_centimes"), a, rs.getLong("prix_centimes")));
                    return 0;
                })
                .list();
        return rows.stream()
                .map(r -> r.toPrestation(tranches.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
