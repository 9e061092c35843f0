package fr.monenfantalecole.portail.family;

import java.util.List;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The adults a responsable allows to collect the children: each responsable's own list. */
@Repository
public class AuthorisedAdults {

    public record Authorised(long id, String nom, String prenoms, String telephone, String lien) {}

    private final JdbcClient jdbc;

    AuthorisedAdults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Authorised> of(long adultId) {
        return jdbc.sql(
                        "select id, nom, prenoms, telephone, lien from famille_autorise where adulte_id = :adult order by nom, prenoms")
                .param("adult", adultId)
                .query(new SimplePropertyRowMapper<>(Authorised.class))
                .list();
    }

    public long add(long adultId, String nom, String prenoms, String telephone, String lien) {
        return jdbc.sql("""
                insert into famille_autorise (adulte_id, nom, prenoms, telephone, lien)
                values (:adult, :nom, :prenoms, :telephone, :lien) returning id""")
                .param("adult", adultId)
                .param("nom", nom)
                .param("prenoms", prenoms)
                .param("telephone", telephone)
                .param("lien", lien)
                .query(Long.class)
                .single();
    }

    /** False when the entry is not the adult's own. */
    public boolean remove(long adultId, long id) {
        return jdbc.sql("delete from famille_autorise where id = :id and adulte_id = :adult")
                        .param("id", id)
                        .param("adult", adultId)
                        .update()
                == 1;
    }
}
