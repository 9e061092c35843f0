package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inactive family accounts are warned, then deleted 30 days later; an account in use is kept. */
@PortailTest
class FamilyRetentionIntegrationTest {

    @Autowired
    FamilyRetention retention;

    @Autowired
    Adults adults;

    @Autowired
    JdbcClient jdbc;

    @OwnCommune
    World w;

    @Test
    void anInactiveAccountIsWarnedThenDeletedAndAnActiveOneKept() {
        long commune = w.id();
        long sleeping = adults.create(new Adults.NewAdult(
                        commune, "dormant@famille.test", null, "Dormant", "Ana", "2026-12", null, null))
                .orElseThrow();
        long active = adults.create(
                        new Adults.NewAdult(commune, "actif@famille.test", null, "Actif", "Ben", "2026-12", null, null))
                .orElseThrow();
        jdbc.sql("update famille_adulte set cree_le = now() - interval '40 months' where id in (:a, :b)")
                .param("a", sleeping)
                .param("b", active)
                .update();
        adults.signedIn(active);

        assertThat(retention.warn()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from courriel where destinataire = 'dormant@famille.test' and sujet like '%supprimé%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(retention.deleteWarned()).as("not before the notice has run").isZero();
        jdbc.sql("update famille_adulte set avertie_inactivite_le = now() - interval '31 days' where id = :id")
                .param("id", sleeping)
                .update();
        retention.deleteWarned();
        assertThat(adults.credentialsOf(sleeping)).isEmpty();
        assertThat(adults.credentialsOf(active)).isPresent();
    }
}
