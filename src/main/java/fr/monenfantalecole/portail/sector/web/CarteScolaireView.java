package fr.monenfantalecole.portail.sector.web;

import fr.monenfantalecole.portail.sector.CarteScolaire;
import org.jspecify.annotations.Nullable;

/** The lookup page: what was typed and the answer. */
public record CarteScolaireView(
        String adresse,
        String niveau,
        CarteScolaire.@Nullable Result result,
        String latitude,
        String longitude,
        String tuilesUrl,
        String attribution) {}
