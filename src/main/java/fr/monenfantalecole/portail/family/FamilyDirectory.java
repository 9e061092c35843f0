package fr.monenfantalecole.portail.family;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agents' view of the families of their territory ({@link FamilySpace#managedBy}): found by an
 * adult's or a child's name, an e-mail, or a school; a child's school and class corrected, with the
 * agent's name in the journal. Every query is bounded by the collectivités the agent manages.
 */
@Repository
public class FamilyDirectory {

    /** A line of the search: the adult and their children, summed up. */
    public record Found(
            long id, String nom, String email, @Nullable String enfants) {}

    private final JdbcClient jdbc;
    private final Children children;

    FamilyDirectory(JdbcClient jdbc, Children children) {
        this.jdbc = jdbc;
        this.children = children;
    }

    public List<Found> search(List<Long> collectivites, String typed) {
        String like = "%"
                + typed.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("%", "")
                        .replace("_", "") + "%";
        return jdbc.sql("""
                select a.id, a.prenoms || ' ' || a.nom as nom, a.email,
                       string_agg(e.prenoms || ' ' || e.nom || coalesce(' (' || et.nom || ')', ''), ', '
                                  order by e.date_naissance) as enfants
                  from famille_adulte a
                  left join famille_responsabilite r on r.adulte_id = a.id and r.autorite_parentale
                  left join famille_enfant e on e.id = r.enfant_id
                  left join etablissement et on et.uai = e.uai
                 where a.collectivite_id in (:collectivites)
                   and (:like = '%%'
                        or lower(a.nom || ' ' || a.prenoms || ' ' || a.email) like :like
                        or exists (select 1 from famille_responsabilite r2
                                     join famille_enfant e2 on e2.id = r2.enfant_id
                                     left join etablissement et2 on et2.uai = e2.uai
                                    where r2.adulte_id = a.id
                                      and lower(e2.nom || ' ' || e2.prenoms || ' ' || coalesce(e2.uai, '') || ' '
                                                || coalesce(et2.nom, '')) like :like))
                 group by a.id, a.prenoms, a.nom, a.email
                 order by a.nom, a.prenoms limit 100""")
                .param("collectivites", collectivites)
                .param("like", like)
                .query(new SimplePropertyRowMapper<>(Found.class))
                .list();
    }

    /** A child of an adult the agent may see, for a correction. */
    public Optional<Child> child(long adultId, long childId) {
        return children.get(adultId, childId);
    }

    /** An agent's correction of a child's school and class, for the current school year. */
    public void correct(long childId, @Nullable String uai, @Nullable String niveau, String anneeScolaire) {
        jdbc.sql("""
                update famille_enfant set uai = :uai, niveau = :niveau, annee_scolaire = :annee, modifie_le = now()
                 where id = :id""")
                .param("uai", uai)
                .param("niveau", niveau)
                .param("annee", anneeScolaire)
                .param("id", childId)
                .update();
    }
}
