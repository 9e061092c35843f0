package fr.monenfantalecole.portail.home;

import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.List;

/** Collectivités of one kind on the front page. */
public record Group(String titre, List<Collectivite> collectivites) {}
