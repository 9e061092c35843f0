package fr.monenfantalecole.portail.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer that is not a fiche, shown above the list when the query asks for it: a place named in
 * the query, the holiday dates, the quotient calculator.
 *
 * @param type "etablissement", "rue", "vacances" or "calculateur" (a JSON value: never renamed)
 * @param path the page's path within the collectivité's portal ("/ecoles/0350948R")
 * @param texte one sentence under the title (an address, a notice), or null
 * @param lignes the details, one per line (the dates of each holiday, the schools of a street)
 */
public record Answer(
        String type, String titre, String path, @Nullable String texte, List<String> lignes) {

    public static final String ETABLISSEMENT = "etablissement";
    public static final String RUE = "rue";
    public static final String VACANCES = "vacances";
    public static final String CALCULATEUR = "calculateur";
}
