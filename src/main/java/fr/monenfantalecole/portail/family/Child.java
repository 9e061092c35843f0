package fr.monenfantalecole.portail.family;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A child of the household, as the civil registry names them. The school (its UAI) and the class are
 * those of the school year given; {@code pai} says only that a PAI exists, never what it is about.
 */
public record Child(
        long id,
        String nom,
        String prenoms,
        LocalDate dateNaissance,
        String sexe,
        @Nullable String uai,
        @Nullable String niveau,
        @Nullable String anneeScolaire,
        boolean pai) {

    static final String COLUMNS =
            "e.id, e.nom, e.prenoms, e.date_naissance, e.sexe, e.uai, e.niveau, e.annee_scolaire, e.pai";

    /**
     * Orders what names a child by surname, then first names, as a French class list does (accents
     * beside their letter), whatever the database's collation: for lists read from several modules.
     */
    public static <T> Comparator<T> byName(Function<T, String> nom, Function<T, String> prenoms) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return Comparator.comparing(nom, french).thenComparing(prenoms, french);
    }

    public String nomComplet() {
        return prenoms + " " + nom;
    }

    public String classeLibelle() {
        return niveau == null
                ? "Classe non précisée"
                : SchoolClass.fromCode(niveau).map(SchoolClass::libelle).orElse(niveau);
    }
}
