package fr.monenfantalecole.portail.tenant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity form's write: the collectivité's row, its host names and its member communes in one
 * transaction. {@link Collectivites#updateIdentity} calls it and then announces the change.
 */
@Repository
class IdentityWrites {

    private final JdbcClient jdbc;

    IdentityWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Host names already declared keep their state; new ones wait for the platform's validation unless the operator typed them. */
    @Transactional
    void save(long id, IdentityChange change, boolean byOperator) {
        jdbc.sql("""
                update collectivite set nom = :nom, siren = :siren, academie = :academie,
                       zone_vacances = :zone, site_web = :siteWeb, pied_de_page = :piedDePage,
                       afficher_ecoles = :ecoles, afficher_colleges = :colleges,
                       version = version + 1, updated_at = now()
                 where id = :id""")
                .param("id", id)
                .param("nom", change.nom())
                .param("siren", change.siren())
                .param("academie", change.academie())
                .param("zone", change.zoneVacances())
                .param("siteWeb", change.siteWeb())
                .param("piedDePage", change.piedDePage())
                .param("ecoles", change.afficherEcoles())
                .param("colleges", change.afficherColleges())
                .update();
        // A name kept keeps its validation; "in ()" is not SQL, so a list emptied deletes them all.
        jdbc.sql("delete from collectivite_host where collectivite_id = :id"
                        + (change.hosts().isEmpty() ? "" : " and host not in (:hosts)"))
                .param("id", id)
                .param("hosts", change.hosts())
                .update();
        change.hosts()
                .forEach(host -> jdbc.sql("""
                insert into collectivite_host (host, collectivite_id, valide_le)
                values (:host, :id, case when :byOperator then now() end)
                on conflict (host) do nothing""")
                        .param("host", host)
                        .param("id", id)
                        .param("byOperator", byOperator)
                        .update());
        if (change.communes() != null) {
            jdbc.sql("delete from collectivite_commune where collectivite_id = :id")
                    .param("id", id)
                    .update();
            change.communes()
                    .forEach(c -> jdbc.sql(
                                    "insert into collectivite_commune (collectivite_id, code_insee, nom) values (:id, :code, :nom)")
                            .param("id", id)
                            .param("code", c.codeInsee())
                            .param("nom", c.nom())
                            .update());
        }
    }
}
