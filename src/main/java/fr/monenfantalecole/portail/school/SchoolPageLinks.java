package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.List;

/**
 * Links other modules offer on an establishment's page (its ENT…). An interface here, implemented
 * by the {@code service} module, so that {@code school} depends on no module that depends on it.
 */
public interface SchoolPageLinks {

    /** A link to a service of the establishment. */
    record Link(String titre, String url) {}

    List<Link> links(Collectivite collectivite, String uai);
}
