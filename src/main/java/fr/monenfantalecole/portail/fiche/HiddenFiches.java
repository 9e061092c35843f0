package fr.monenfantalecole.portail.fiche;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The national sheets each collectivité chose not to show. */
@Repository
public class HiddenFiches {

    private final JdbcClient jdbc;

    HiddenFiches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(long collectiviteId) {
        return new HashSet<>(jdbc.sql("select fiche_id from fiche_masquee where collectivite_id = :c")
                .param("c", collectiviteId).query(String.class).list());
    }

    public void hide(long collectiviteId, String ficheId) {
        jdbc.sql("insert into fiche_masquee (collectivite_id, fiche_id) values (:c, :f) on conflict do nothing")
                .param("c", collectiviteId).param("f", ficheId).update();
    }

    public void show(long collectiviteId, String ficheId) {
        jdbc.sql("delete from fiche_masquee where collectivite_id = :c and fiche_id = :f")
                .param("c", collectiviteId).param("f", ficheId).update();
    }
}
