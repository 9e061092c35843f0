package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.account.TestAccounts;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * School pages a test sets up for itself instead of the demo's Fougères: a commune of its own with one
 * école of the Annuaire, the suggested rubriques chosen (as the demo chooses them), its admin, its
 * school-pages agent and the école's director, all with {@link TestAccounts#PASSWORD}.
 */
final class TestSchoolPages {

    /** What a test gets: the commune, its école (UAI) and the e-mails of its three accounts. */
    record Fixture(Collectivite commune, String uai, String admin, String agent, String director) {

        Rubrique rubrique(Rubriques rubriques, String titre) {
            return rubriques.own(commune.id()).stream()
                    .filter(r -> r.titre().equals(titre))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private final ApplicationContext context;

    private TestSchoolPages(ApplicationContext context) {
        this.context = context;
    }

    static TestSchoolPages of(ApplicationContext context) {
        return new TestSchoolPages(context);
    }

    /**
     * A commune {@code slug} (INSEE code {@code codeInsee}, in {@link TestSchools#DEPARTEMENT}) whose école
     * {@code uai} is named {@code ecole} as the Annuaire spells it.
     */
    Fixture create(String slug, String nom, String codeInsee, String uai, String ecole) {
        var commune = ModuleSlices.commune(context.getBean(Collectivites.class), slug, nom, codeInsee);
        TestSchools.load(context.getBean(AnnuaireImport.class), commune, TestSchools.ecole(uai, ecole, codeInsee, nom));
        context.getBean(Rubriques.class).chooseSuggested(commune.id());
        var users = context.getBean(StaffUsers.class);
        // Named after the commune's id too: a test class may make the same commune for each test.
        String of = "-" + commune.id() + "@" + slug + ".test";
        return new Fixture(
                commune,
                uai,
                TestAccounts.admin(users, commune.id(), slug),
                TestAccounts.create(users, "agent.ecoles" + of, Role.COLLECTIVITE_AGENT, commune.id()),
                TestAccounts.director(users, "directeur." + uai.toLowerCase(Locale.ROOT) + of, commune.id(), uai));
    }

    /** Deletes the commune with all it holds, then its école. */
    void delete(Fixture fixture) {
        context.getBean(TemporaryCollectivites.class).delete(fixture.commune());
        TestSchools.remove(
                context.getBean(JdbcClient.class),
                context.getBean(ClusterEvents.class),
                fixture.commune(),
                fixture.uai());
    }
}
