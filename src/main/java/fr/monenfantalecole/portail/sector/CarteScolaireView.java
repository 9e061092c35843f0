package fr.monenfantalecole.portail.sector;

import org.jspecify.annotations.Nullable;

/** The lookup page: what was typed and the answer. */
public record CarteScolaireView(
        String adresse,
        String niveau,
        CarteScolaire.@Nullable Result result,
        String latitude,
        String longitude,
        String tuilesUrl,
        String attribution,
        java.util.Map<String, String> liens) {

    /** The page of an establishment of the answer, on this portal or the one that presents it; null if none has one. */
    public @Nullable String lien(String uai) {
        return liens.get(uai);
    }
}
