package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What other modules ask the family module instead of reading its tables: whom to mail about a child
 * (authority, e-mail accepted, address verified), the children an account's deletion takes, and the
 * children of a list of records by id in one read.
 */
@PortailTest
class ParentalAuthorityIntegrationTest {

    @Autowired
    ParentalAuthority authority;

    @Autowired
    ChildrenOnRecord onRecord;

    @Autowired
    Adults adults;

    @Autowired
    Children children;

    @Autowired
    JdbcClient jdbc;

    @OwnCommune
    World w;

    @Test
    void onlyVerifiedAdultsWithAuthorityWhoAcceptEmailAreWrittenToAndSharedChildrenStay() {
        long commune = w.id();
        String tag = String.valueOf(System.nanoTime());
        long mother = adult(commune, "mere." + tag, true);
        long silent = adult(commune, "silencieux." + tag, true);
        long unverified = adult(commune, "nonverifie." + tag, false);
        long noAuthority = adult(commune, "tiers." + tag, true);
        long shared = children.add(mother, child("Partagé"));
        long alone = children.add(mother, child("Seul"));
        children.share(silent, List.of(shared));
        children.share(unverified, List.of(shared));
        children.share(noAuthority, List.of(shared));
        jdbc.sql("update famille_adulte set contact_courriel = false where id = :id")
                .param("id", silent)
                .update();
        jdbc.sql("update famille_responsabilite set autorite_parentale = false where adulte_id = :id")
                .param("id", noAuthority)
                .update();

        assertThat(authority.mailableAdults(shared)).containsExactly("mere." + tag + "@famille.test");
        assertThat(authority.keptOnlyBy(mother)).containsExactly(alone);
        assertThat(authority.childrenOf(mother)).containsExactlyInAnyOrder(shared, alone);
        assertThat(authority.childrenOf(noAuthority)).isEmpty();

        var byId = onRecord.byId(List.of(shared, alone, shared, -1L));
        assertThat(byId.keySet()).containsExactlyInAnyOrder(shared, alone);
        assertThat(byId.get(alone).prenoms()).isEqualTo("Seul");
        assertThat(onRecord.byId(List.of())).isEmpty();

        jdbc.sql("delete from famille_adulte where id in (:ids)")
                .param("ids", List.of(mother, silent, unverified, noAuthority))
                .update();
        jdbc.sql("delete from famille_enfant where id in (:ids)")
                .param("ids", List.of(shared, alone))
                .update();
    }

    @Test
    void namesSortAsAFrenchClassListWhateverTheDatabaseCollation() {
        Comparator<String[]> order = Child.byName(n -> n[0], n -> n[1]);
        var names = new java.util.ArrayList<>(List.of(
                new String[] {"Zola", "Anne"},
                new String[] {"Éluard", "Paul"},
                new String[] {"Eddy", "Marc"},
                new String[] {"Eddy", "Ève"}));
        names.sort(order);
        assertThat(names.stream().map(n -> n[1] + " " + n[0]))
                .containsExactly("Ève Eddy", "Marc Eddy", "Paul Éluard", "Anne Zola");
    }

    private long adult(long collectivite, String local, boolean verified) {
        long id = adults.create(new Adults.NewAdult(
                        collectivite, local + "@famille.test", null, "Autorite", "Alex", "2026-12", null, null))
                .orElseThrow();
        if (verified) {
            adults.verifyEmail(id);
        }
        return id;
    }

    private static Children.ChildData child(String prenoms) {
        return new Children.ChildData(
                "Autorite", prenoms, LocalDate.of(2020, 3, 4), "F", null, null, "2026-2027", false);
    }
}
