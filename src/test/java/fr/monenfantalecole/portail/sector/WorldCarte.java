package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.World;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A carte scolaire on worlds of the test's own, as the demo has Fougères under Ille-et-Vilaine: a
 * département ({@code fixtures.departement()}, presenting its collèges) whose collège rule gives the
 * numbers 1 to 99 of the rue Sainte-Croix of its member commune and the even numbers 2 to 98 of its
 * boulevard des Lices (the odd ones are no collège's) to the commune's collège, and that
 * commune (its écoles only), with an école. Unlike {@link TestSectors} every account and school comes
 * from the worlds (the commune's admin: {@code carte.commune().admin()}), and {@link #close()} removes
 * it all. The commune's own école rules are the test's: {@link #ecoleRules}.
 */
record WorldCarte(World departement, World commune, String ecole, String college) implements AutoCloseable {

    static final String STREET = "RUE SAINTE-CROIX";

    static final String BOULEVARD = "BOULEVARD DES LICES";

    static WorldCarte create(ApplicationContext context, Fixtures fixtures, MockMvc mvc) throws Exception {
        var departement = fixtures.departement();
        try {
            TestSchools.present(departement, mvc, false, true);
            var commune = departement.member();
            String ecole =
                    commune.school("Ecole primaire publique Sainte-Croix").uai();
            String college = TestSchools.uai(commune, 90, 'C');
            TestSchools.load(
                    context,
                    commune,
                    TestSchools.college(college, "Collège Marie Curie", commune.codeInsee(), commune.nom()));
            var rules = context.getBean(SectorRules.class);
            rules.replace(
                    departement.id(),
                    List.of("college"),
                    List.of(
                            rule(commune, "college", STREET, 1, 99, "PI", college),
                            rule(commune, "college", BOULEVARD, 2, 98, "P", college)));
            departement.afterwards(() -> rules.replace(departement.id(), List.of("college"), List.of()));
            return new WorldCarte(departement, commune, ecole, college);
        } catch (Exception | Error e) {
            departement.close();
            throw e;
        }
    }

    /** A numbered rule of the commune's {@code voie}, on one side ("P", "I") or both ("PI"). */
    static SectorRule rule(World commune, String niveau, String voie, int debut, int fin, String parite, String uai) {
        return new SectorRule(
                0,
                niveau,
                commune.codeInsee(),
                commune.nom(),
                "99300",
                null,
                voie,
                debut,
                null,
                fin,
                null,
                parite,
                uai,
                false);
    }

    /** The commune's own rules for its écoles (maternelle and élémentaire), removed with it. */
    void ecoleRules(ApplicationContext context, List<SectorRule> own) {
        var rules = context.getBean(SectorRules.class);
        rules.replace(commune.id(), List.of("maternelle", "elementaire"), own);
        commune.afterwards(() -> rules.replace(commune.id(), List.of("maternelle", "elementaire"), List.of()));
    }

    @Override
    public void close() {
        departement.close();
    }
}
