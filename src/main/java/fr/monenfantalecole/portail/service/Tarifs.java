package fr.monenfantalecole.portail.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What each service of a collectivité costs a family, for the school year in force. */
@Service
public class Tarifs {

    private final Prestations prestations;

    Tarifs(Prestations prestations) {
        this.prestations = prestations;
    }

    /** A service and its price for one family. */
    public record Calcul(Prestation prestation, Tarification.Prix prix, Tarification.@Nullable Prix prixFratrie) {}

    /**
     * The school year whose prices are shown: the one asked for if it has grids, else the current one
     * if it has grids, else the latest year that has some; null when the collectivité has none.
     */
    public @Nullable String annee(long collectiviteId, @Nullable String asked, LocalDate today) {
        var years = prestations.annees(collectiviteId);
        if (asked != null && years.contains(asked)) {
            return asked;
        }
        String current = AnneeScolaire.of(today);
        if (years.contains(current)) {
            return current;
        }
        return years.stream()
                .filter(y -> y.compareTo(current) < 0)
                .findFirst()
                .orElse(years.isEmpty() ? null : years.getLast());
    }

    public List<String> annees(long collectiviteId) {
        return prestations.annees(collectiviteId);
    }

    public List<Prestation> grilles(long collectiviteId, String annee) {
        return prestations.of(collectiviteId, annee);
    }

    /** Every service's price for this family; for services with a sibling discount, also the price from the discounted rank. */
    public List<Calcul> prix(long collectiviteId, String annee, Tarification.Demande demande) {
        return prestations.of(collectiviteId, annee).stream()
                .map(p -> {
                    var prix = Tarification.prix(p.grille(), demande);
                    var f = p.grille().fratrie();
                    Tarification.Prix sibling = f.active() && demande.rangEnfant() < f.aPartirDuRang()
                            ? Tarification.prix(
                                    p.grille(),
                                    new Tarification.Demande(
                                            demande.quotientCentimes(), demande.resident(), f.aPartirDuRang()))
                            : null;
                    return new Calcul(p, prix, sibling);
                })
                .toList();
    }
}
