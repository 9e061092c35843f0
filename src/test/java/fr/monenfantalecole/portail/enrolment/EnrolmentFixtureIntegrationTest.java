package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link EnrolmentFixture} itself: the address its parent types in Mon foyer gives the world's first école
 * through the carte scolaire, and once the world is closed nothing it made stays — not the family, its
 * child, its request or the proofs' bytes, not the offer, not the carte scolaire rules.
 */
@PortailTest
class EnrolmentFixtureIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    Adults adults;

    @Autowired
    Choices choices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSectorIsTheWorldsFirstEcoleAndClosingLeavesNothing() throws Exception {
        long commune;
        String insee;
        long adult;
        long child;
        long request;
        List<UUID> keys;
        try (var w = fixtures.commune()) {
            commune = w.id();
            insee = w.codeInsee();
            var open = fixture.open(w);
            String email = "camille.fixture@famille.test";
            var parent = open.parent(email, "Fixture");
            adult = open.adultId(email);
            var sector = choices.sector(w.collectivite(), adults.get(adult), Level.PS);
            assertThat(Objects.requireNonNull(sector).uai())
                    .isEqualTo(open.sector().uai());
            child = open.child(parent, "Lina", "Fixture", "03/04", 3, "");
            request = open.filedAtSector(parent, child, "PS");
            keys = jdbc.sql("select cle from inscription_piece where demande_id = :d")
                    .param("d", request)
                    .query((rs, n) -> rs.getObject(1, UUID.class))
                    .list();
            assertThat(keys).hasSize(3);
        }
        assertThat(count("select count(*) from famille_adulte where id = :x", adult))
                .isZero();
        assertThat(count("select count(*) from famille_enfant where id = :x", child))
                .isZero();
        assertThat(count("select count(*) from inscription_demande where id = :x", request))
                .isZero();
        assertThat(count("select count(*) from inscription_offre where collectivite_id = :x", commune))
                .isZero();
        assertThat(count("select count(*) from secteur_regle where code_insee = :x", insee))
                .isZero();
        assertThat(count("select count(*) from inscription_fichier where cle in (:x)", keys))
                .isZero();
    }

    private long count(String sql, Object value) {
        return jdbc.sql(sql).param("x", value).query(Long.class).single();
    }
}
