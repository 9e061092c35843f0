package fr.monenfantalecole.portail.home;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CommuneMembre;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collectivités of one kind on the front page. */
public record Group(String titre, List<Collectivite> collectivites) {}
