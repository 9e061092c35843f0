package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A carte scolaire a test sets up for itself, as the demo has Vitré in Ille-et-Vilaine: a Département
 * (INSEE prefix {@link TestSchools#DEPARTEMENT}) whose collège rule covers the numbers 1 to 99 of the rue
 * Sainte-Croix of its commune, and the commune (its écoles only) with its école and collège.
 *
 * <p>Not a {@code support.World}: the world has no collège and no carte scolaire rule, and a carte needs
 * both (the collège of a département's rule, the commune under that département presenting only its
 * écoles); {@link TestSchools} loads the two establishments.
 *
 * @param slug the commune's; the Département's is {@code slug + "-departement"}
 */
record TestSectors(Collectivite departement, Collectivite commune, String ecole, String college) {

    static TestSectors create(
            ApplicationContext context, String slug, String nom, String codeInsee, String ecole, String college) {
        var collectivites = context.getBean(Collectivites.class);
        var departement = TestSchools.collectivite(
                collectivites,
                CollectiviteType.DEPARTEMENT,
                slug + "-departement",
                "Département de " + nom,
                "99",
                null);
        var commune = TestSchools.collectivite(
                collectivites, CollectiviteType.COMMUNE, slug, nom, codeInsee, departement.id());
        TestSchools.load(
                context.getBean(AnnuaireImport.class),
                departement,
                TestSchools.ecole(ecole, "École publique de " + nom, codeInsee, nom),
                TestSchools.college(college, "Collège de " + nom, codeInsee, nom));
        context.getBean(SectorRules.class)
                .replace(
                        departement.id(),
                        List.of("college"),
                        List.of(new SectorRule(
                                0,
                                "college",
                                codeInsee,
                                nom,
                                "99300",
                                null,
                                "RUE SAINTE-CROIX",
                                1,
                                null,
                                99,
                                null,
                                "PI",
                                college,
                                false)));
        return new TestSectors(departement, commune, ecole, college);
    }

    /** Deletes the commune and its Département with all they hold, then the two establishments. */
    void delete(ApplicationContext context) {
        var temporary = context.getBean(TemporaryCollectivites.class);
        temporary.delete(commune);
        temporary.delete(departement);
        TestSchools.remove(
                context.getBean(JdbcClient.class), context.getBean(ClusterEvents.class), departement, ecole, college);
    }
}
