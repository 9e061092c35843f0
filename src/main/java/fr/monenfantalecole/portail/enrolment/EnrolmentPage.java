package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.school.Etablissement;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request form as the page shows it: step 1 (child, year, class), then step 2 once they are
 * valid (the sector école and its rule, the choice, the school and reason of a dérogation, the
 * proofs). What was typed comes back with each message.
 */
public record EnrolmentPage(
        List<Child> enfants,
        List<String> annees,
        List<Level> niveaux,
        Offers.Offer offre,
        @Nullable Long enfant,
        String annee,
        String niveau,
        String choix,
        String ecole,
        String motif,
        String precision,
        boolean etape2,
        @Nullable Child enfantChoisi,
        Choices.@Nullable Sector secteur,
        List<Etablissement> ecoles,
        Map<String, String> errors) {

    public String niveauLibelle() {
        return Level.of(niveau).map(Level::libelle).orElse(niveau);
    }

    public boolean derogation() {
        return "derogation".equals(choix) || secteur == null;
    }
}
