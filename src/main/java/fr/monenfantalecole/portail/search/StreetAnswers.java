package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.sector.CarteScolaire;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A street of the carte scolaire named with a number ("12 rue de la pinterie"): the carte scolaire
 * answer, with the schools of that address and a link to the carte page with the address filled in
 * (the page reads it from {@code ?adresse=}, as its own form sends it). Only when the carte finds the
 * street for sure and the query names it: a query with a number that is not an address ("cantine 3
 * ans") finds no street.
 * Nothing of the address is logged.
 */
@Component
class StreetAnswers {

    private static final Pattern NUMBER = Pattern.compile("\\d");

    private final CarteScolaire carte;

    StreetAnswers(CarteScolaire carte) {
        this.carte = carte;
    }

    List<Answer> of(Collectivite collectivite, String query) {
        if (!NUMBER.matcher(query).find()) {
            return List.of();
        }
        var found = carte.lookup(collectivite, query, null);
        String address = found.adresseNormalisee();
        if (address == null || found.resultats().isEmpty() || !named(address, query)) {
            return List.of();
        }
        return List.of(new Answer(
                Answer.RUE,
                "Carte scolaire : " + address,
                "/services/carte-scolaire?adresse=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "L'établissement de secteur pour cette adresse :",
                found.resultats().stream()
                        .map(s -> level(s.niveau()) + " : " + SchoolNames.typographic(s.nom()))
                        .toList()));
    }

    /**
     * Whether the query names the street found, every word of its name (after its type: "rue",
     * "bd"…) as typed: the carte forgives a typo, a search answer above the list must not guess.
     */
    static boolean named(String address, String query) {
        List<String> name = QueryWords.of(address.split(",")[0]).meaningful().stream()
                .filter(w -> !NUMBER.matcher(w).find())
                .skip(1)
                .toList();
        return !name.isEmpty() && QueryWords.of(query).words().containsAll(name);
    }

    private static String level(String niveau) {
        return switch (niveau) {
            case "maternelle" -> "Maternelle";
            case "elementaire" -> "Élémentaire";
            case "college" -> "Collège";
            default -> niveau;
        };
    }
}
