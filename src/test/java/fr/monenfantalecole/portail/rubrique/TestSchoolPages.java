package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivite;

/**
 * School pages on a test's own {@link World}: the world gives the commune, its école, its admin, its
 * school-pages agent and the école's director (all with {@link World#PASSWORD}); this adds only what the
 * world does not know, the school pages themselves — the suggested rubriques chosen (as the demo chooses
 * them) and a rubrique found by its title. Removed with the world.
 */
record TestSchoolPages(World world, School school) {

    /**
     * Imports the école {@code ecole} into the world's commune, chooses its suggested rubriques and makes
     * the three accounts now (the mail of a submission goes to those who exist when it is sent).
     */
    static TestSchoolPages create(World world, String ecole, Rubriques rubriques) {
        var school = world.school(ecole);
        rubriques.chooseSuggested(world.id());
        world.admin();
        world.agent();
        world.director(school);
        return new TestSchoolPages(world, school);
    }

    Collectivite commune() {
        return world.collectivite();
    }

    String uai() {
        return school.uai();
    }

    String admin() {
        return world.admin().email();
    }

    String agent() {
        return world.agent().email();
    }

    String director() {
        return world.director(school).email();
    }

    Rubrique rubrique(Rubriques rubriques, String titre) {
        return rubriques.own(world.id()).stream()
                .filter(r -> r.titre().equals(titre))
                .findFirst()
                .orElseThrow();
    }
}
