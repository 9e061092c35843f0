package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@link PeriscolaireFixture} makes on a world goes when the world closes: the priced service, the
 * activity, the closed day, the household, its child (no row of the commune: {@code FamilyFixture}
 * deletes the account as a family would) and the sign-up.
 */
@PortailTest
class PeriscolaireFixtureIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeriscolaireFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void closingTheWorldRemovesWhatTheFixtureMade() {
        long commune;
        long grid;
        long parent;
        long child;
        Activity cantine;
        try (var w = fixtures.commune()) {
            commune = w.id();
            grid = fixture.grid(
                    w, "Cantine", PeriscolaireFixture.YEAR, Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE);
            cantine = fixture.activity(
                    w, w.school("École des Tilleuls").uai(), ActivityType.CANTINE, 30, PeriscolaireFixture.YEAR, grid);
            fixture.closed(w, LocalDate.of(2026, 3, 13), "journée pédagogique");
            parent = fixture.household(w);
            child = fixture.child(parent, "Rosalie", cantine.uai());
            fixture.signUp(cantine, parent, child);
            assertThat(count("select count(*) from peri_inscription where enfant_id = :id", child))
                    .isOne();
        }
        assertThat(count("select count(*) from prestation where id = :id", grid))
                .isZero();
        assertThat(count("select count(*) from peri_activite where id = :id", cantine.id()))
                .isZero();
        assertThat(count("select count(*) from peri_fermeture where collectivite_id = :id", commune))
                .isZero();
        assertThat(count("select count(*) from famille_adulte where id = :id", parent))
                .isZero();
        assertThat(count("select count(*) from famille_enfant where id = :id", child))
                .isZero();
        assertThat(count("select count(*) from peri_inscription where enfant_id = :id", child))
                .isZero();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
