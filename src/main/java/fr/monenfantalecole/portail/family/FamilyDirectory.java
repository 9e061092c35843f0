package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Etablissements;
import java.util.List;
import java.util.Locale;
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
    private final Etablissements etablissements;

    FamilyDirectory(JdbcClient jdbc, Children children, Etablissements etablissements) {
        this.jdbc = jdbc;
        this.children = children;
        this.etablissements = etablissements;
    }

    public List<Found> search(List<Long> collectivites, String typed) {
        String fragment =
                typed.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        // The schools' names are school's: asked for those of these families' children, matched here.
        List<String> uais = jdbc.sql("""
                select distinct e.uai from famille_adulte a
                  join famille_responsabilite r on r.adulte_id = a.id
                  join famille_enfant e on e.id = r.enfant_id
                 where a.collectivite_id in (:collectivites) and e.uai is not null""")
                .param("collectivites", collectivites)
                .query((rs, n) -> rs.getString(1))
                .list();
        List<Etablissement> schools = uais.isEmpty() ? List.of() : etablissements.findAll(uais);
        return jdbc.sql("""
                select a.id, a.prenoms || ' ' || a.nom as nom, a.email,
                       string_agg(e.prenoms || ' ' || e.nom || coalesce(' (' || et.nom || ')', ''), ', '
                                  order by e.date_naissance) as enfants
                  from famille_adulte a
                  left join famille_responsabilite r on r.adulte_id = a.id and r.autorite_parentale
                  left join famille_enfant e on e.id = r.enfant_id
                  left join unnest(cast(:uais as text[]), cast(:noms as text[])) as et(uai, nom) on et.uai = e.uai
                 where a.collectivite_id in (:collectivites)
                   and (:like = '%%'
                        or lower(a.nom || ' ' || a.prenoms || ' ' || a.email) like :like
                        or exists (select 1 from famille_responsabilite r2
                                     join famille_enfant e2 on e2.id = r2.enfant_id
                                    where r2.adulte_id = a.id
                                      and (lower(e2.nom || ' ' || e2.prenoms || ' ' || coalesce(e2.uai, '')) like :like
                                           or e2.uai = any(cast(:named as text[])))))
                 group by a.id, a.prenoms, a.nom, a.email
                 order by a.nom, a.prenoms limit 100""")
                .param("collectivites", collectivites)
                .param("like", "%" + fragment + "%")
                .param("uais", schools.stream().map(Etablissement::uai).toArray(String[]::new))
                .param("noms", schools.stream().map(Etablissement::nom).toArray(String[]::new))
                .param(
                        "named",
                        schools.stream()
                                .filter(s -> s.nom().toLowerCase(Locale.ROOT).contains(fragment))
                                .map(Etablissement::uai)
                                .toArray(String[]::new))
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
