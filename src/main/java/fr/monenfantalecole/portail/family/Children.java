package fr.monenfantalecole.portail.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children, always read through the adult asking: a child exists for an adult only if that adult
 * holds parental authority over them ({@code famille_responsabilite}). Another household's child
 * id gives nothing, exactly as an id that does not exist.
 */
@Repository
public class Children {

    /** What a responsable types about a child. */
    public record ChildData(
            String nom,
            String prenoms,
            LocalDate dateNaissance,
            String sexe,
            @Nullable String uai,
            @Nullable String niveau,
            String anneeScolaire,
            boolean pai) {}

    private static final String OF_ADULT = """
             from famille_enfant e join famille_responsabilite r on r.enfant_id = e.id
            where r.adulte_id = :adult and r.autorite_parentale""";

    private final JdbcClient jdbc;

    Children(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Child> of(long adultId) {
        return jdbc.sql("select " + Child.COLUMNS + OF_ADULT + " order by e.date_naissance, e.prenoms")
                .param("adult", adultId)
                .query(new SimplePropertyRowMapper<>(Child.class))
                .list();
    }

    public Optional<Child> get(long adultId, long childId) {
        return jdbc.sql("select " + Child.COLUMNS + OF_ADULT + " and e.id = :child")
                .param("adult", adultId)
                .param("child", childId)
                .query(new SimplePropertyRowMapper<>(Child.class))
                .optional();
    }

    @Transactional
    public long add(long adultId, ChildData data) {
        long id = jdbc.sql("""
                insert into famille_enfant (nom, prenoms, date_naissance, sexe, uai, niveau, annee_scolaire, pai, cree_par)
                values (:nom, :prenoms, :naissance, :sexe, :uai, :niveau, :annee, :pai, :adult) returning id""")
                .params(params(data))
                .param("adult", adultId)
                .query(Long.class)
                .single();
        jdbc.sql("insert into famille_responsabilite (adulte_id, enfant_id) values (:adult, :child)")
                .param("adult", adultId)
                .param("child", id)
                .update();
        return id;
    }

    /** Changes a child the adult is responsible for; false (nothing changed) for any other child. */
    public boolean update(long adultId, long childId, ChildData data) {
        return jdbc.sql("""
                update famille_enfant e set nom = :nom, prenoms = :prenoms, date_naissance = :naissance,
                       sexe = :sexe, uai = :uai, niveau = :niveau, annee_scolaire = :annee, pai = :pai,
                       modifie_le = now()
                 where e.id = :child and exists (select 1 from famille_responsabilite r
                        where r.enfant_id = e.id and r.adulte_id = :adult and r.autorite_parentale)""")
                        .params(params(data))
                        .param("adult", adultId)
                        .param("child", childId)
                        .update()
                == 1;
    }

    /**
     * The adult stops being responsible for the child; the child's record goes when no responsable is
     * left. False when the child was not theirs.
     */
    @Transactional
    public boolean remove(long adultId, long childId) {
        int removed = jdbc.sql("delete from famille_responsabilite where adulte_id = :adult and enfant_id = :child")
                .param("adult", adultId)
                .param("child", childId)
                .update();
        jdbc.sql("""
                delete from famille_enfant e where e.id = :child
                   and not exists (select 1 from famille_responsabilite r where r.enfant_id = e.id)""").param("child", childId).update();
        return removed == 1;
    }

    /** The other responsables of the adult's children, and which children they share. */
    public record CoParent(long adulteId, String nom, String enfants) {}

    public List<CoParent> coParents(long adultId) {
        return jdbc.sql("""
                select a.id as adulte_id, a.prenoms || ' ' || a.nom as nom,
                       string_agg(e.prenoms, ', ' order by e.date_naissance) as enfants
                  from famille_responsabilite mine
                  join famille_responsabilite other on other.enfant_id = mine.enfant_id
                       and other.adulte_id <> mine.adulte_id and other.autorite_parentale
                  join famille_adulte a on a.id = other.adulte_id
                  join famille_enfant e on e.id = mine.enfant_id
                 where mine.adulte_id = :adult and mine.autorite_parentale
                 group by a.id, a.prenoms, a.nom order by a.nom""")
                .param("adult", adultId)
                .query(new SimplePropertyRowMapper<>(CoParent.class))
                .list();
    }

    /** Shares children with another adult (an accepted invitation), as a responsable légal. */
    public void share(long adultId, List<Long> childIds) {
        for (long child : childIds) {
            jdbc.sql("""
                    insert into famille_responsabilite (adulte_id, enfant_id) values (:adult, :child)
                    on conflict (adulte_id, enfant_id) do update set autorite_parentale = true""").param("adult", adultId).param("child", child).update();
        }
    }

    private static java.util.Map<String, @Nullable Object> params(ChildData data) {
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("nom", data.nom());
        params.put("prenoms", data.prenoms());
        params.put("naissance", data.dateNaissance());
        params.put("sexe", data.sexe());
        params.put("uai", data.uai());
        params.put("niveau", data.niveau());
        params.put("annee", data.anneeScolaire());
        params.put("pai", data.pai());
        return params;
    }

    /** Children kept by nobody else, which the adult's deletion removes. */
    public void removeAllOf(long adultId) {
        for (var child : of(adultId)) {
            remove(adultId, child.id());
        }
    }
}
