package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.shared.CsvText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The sector rules, stored with the collectivité that imported them. */
@Repository
public class SectorRules {

    /** Published after a collectivité's sector rules were replaced, on every node. */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private static final String COLUMNS = """
            id, niveau, code_insee, commune, code_postal, lieu_dit, voie, debut, debut_indice, fin, fin_indice, parite,
            uai, secteur_unique""";

    /** The official file's columns, as written there, then "niveau". */
    private static final List<String> EXPORT_HEADER = List.of(
            "code_insee",
            "libelle_commune",
            "code_postal",
            "lieu_dit",
            "Type_et_Libelle",
            "No_de_voie_debut",
            "Indice_de_repetition_debut",
            "No_de_voie_fin",
            "Indice_de_repetition_fin",
            "Parite",
            "Code_RNE",
            "Secteur_unique",
            "niveau");

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    SectorRules(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    public List<SectorRule> all() {
        return jdbc.sql("select " + COLUMNS + " from secteur_regle order by id")
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The rules of these communes, whoever imported them, in the order of {@link #all()}. */
    public List<SectorRule> ofCommunes(Collection<String> codesInsee) {
        return jdbc.sql("select " + COLUMNS
                        + " from secteur_regle where code_insee = any(cast(:codes as text[])) order by id")
                .param("codes", codesInsee.toArray(String[]::new))
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The communes each collectivité has rules for. */
    public Map<Long, Set<String>> communesByOwner() {
        Map<Long, Set<String>> communes = new HashMap<>();
        jdbc.sql("select distinct collectivite_id, code_insee from secteur_regle")
                .query(rs -> {
                    communes.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getString(2));
                });
        return communes;
    }

    /** The communes a collectivité has rules for. */
    public Set<String> communesOf(long collectiviteId) {
        return Set.copyOf(jdbc.sql("select distinct code_insee from secteur_regle where collectivite_id = :c")
                .param("c", collectiviteId)
                .query((rs, n) -> rs.getString(1))
                .list());
    }

    private static SectorRule row(ResultSet rs) throws SQLException {
        return new SectorRule(
                rs.getLong("id"),
                rs.getString("niveau"),
                rs.getString("code_insee"),
                rs.getString("commune"),
                rs.getString("code_postal"),
                rs.getString("lieu_dit"),
                rs.getString("voie"),
                rs.getObject("debut", Integer.class),
                rs.getString("debut_indice"),
                rs.getObject("fin", Integer.class),
                rs.getString("fin_indice"),
                rs.getString("parite"),
                rs.getString("uai"),
                rs.getBoolean("secteur_unique"));
    }

    /** A collectivité's own rules as a CSV in the official shape plus "niveau", to edit and import again. */
    public byte[] exportCsv(long collectiviteId) {
        List<String[]> rows = jdbc.sql("""
                select code_insee, commune, code_postal, lieu_dit, voie, debut, debut_indice, fin, fin_indice, parite, uai,
                       secteur_unique, niveau
                  from secteur_regle where collectivite_id = :c order by niveau, ligne""")
                .param("c", collectiviteId)
                .query((rs, n) -> new String[] {
                    rs.getString("code_insee"),
                    rs.getString("commune"),
                    rs.getString("code_postal"),
                    rs.getString("lieu_dit"),
                    rs.getString("voie"),
                    rs.getString("debut"),
                    rs.getString("debut_indice"),
                    rs.getString("fin"),
                    rs.getString("fin_indice"),
                    rs.getString("parite"),
                    rs.getString("uai"),
                    rs.getBoolean("secteur_unique") ? "O" : "N",
                    rs.getString("niveau")
                })
                .list();
        return CsvText.sheet(EXPORT_HEADER, rows);
    }

    /** The ids of a collectivité's own rules (the others in its territory are the Département's). */
    public java.util.Set<Long> ids(long collectiviteId) {
        return java.util.Set.copyOf(jdbc.sql("select id from secteur_regle where collectivite_id = :c")
                .param("c", collectiviteId)
                .query((rs, n) -> rs.getLong(1))
                .list());
    }

    public int count(long collectiviteId) {
        return jdbc.sql("select count(*) from secteur_regle where collectivite_id = :c")
                .param("c", collectiviteId)
                .query(Integer.class)
                .single();
    }

    /** Replaces the collectivité's rules for the levels the new ones cover, in one transaction. */
    @Transactional
    public void replace(long collectiviteId, Collection<String> niveaux, List<SectorRule> rules) {
        jdbc.sql("delete from secteur_regle where collectivite_id = :c and niveau = any(cast(:n as text[]))")
                .param("c", collectiviteId)
                .param("n", niveaux.toArray(String[]::new))
                .update();
        int line = 0;
        for (var r : rules) {
            jdbc.sql("""
                    insert into secteur_regle (collectivite_id, niveau, code_insee, commune, code_postal, lieu_dit, voie,
                        debut, debut_indice, fin, fin_indice, parite, uai, secteur_unique, ligne)
                    values (:c, :niveau, :insee, :commune, :cp, :lieuDit, :voie, :debut, :debutIndice, :fin, :finIndice,
                        :parite, :uai, :unique, :ligne)""")
                    .param("c", collectiviteId)
                    .param("niveau", r.niveau())
                    .param("insee", r.codeInsee())
                    .param("commune", r.commune())
                    .param("cp", r.codePostal())
                    .param("lieuDit", r.lieuDit())
                    .param("voie", r.voie())
                    .param("debut", r.debut())
                    .param("debutIndice", r.debutIndice())
                    .param("fin", r.fin())
                    .param("finIndice", r.finIndice())
                    .param("parite", r.parite())
                    .param("uai", r.uai())
                    .param("unique", r.secteurUnique())
                    .param("ligne", ++line)
                    .update();
        }
        cluster.publish(new Changed(collectiviteId));
    }
}
