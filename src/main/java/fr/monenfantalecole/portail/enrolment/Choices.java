package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.Adult;
import fr.monenfantalecole.portail.family.SchoolClass;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Niveau;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.sector.CarteScolaire;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a family may choose from on a portal: the school years open to requests, the public écoles of
 * the collectivité's territory for a class, and the sector école of the household's address.
 */
@Component
public class Choices {

    /** The sector école found for the address, with the carte scolaire's rule in plain words. */
    public record Sector(String uai, String nom, String regle, String adresse) {}

    private final SchoolDirectory schools;
    private final CarteScolaire carteScolaire;
    private final Clock clock;

    Choices(SchoolDirectory schools, CarteScolaire carteScolaire, Clock clock) {
        this.schools = schools;
        this.carteScolaire = carteScolaire;
        this.clock = clock;
    }

    /** The coming school year first (entries in petite section and CP), then the current one (a move). */
    public List<String> years() {
        String current = SchoolClass.schoolYear(LocalDate.now(clock));
        return List.of(coming(), current);
    }

    public String coming() {
        int start = SchoolClass.rentreeYear(SchoolClass.schoolYear(LocalDate.now(clock))) + 1;
        return start + "-" + (start + 1);
    }

    public List<Etablissement> schools(Collectivite portal, Level level) {
        var niveau = level.maternelle() ? Niveau.MATERNELLE : Niveau.ELEMENTAIRE;
        return schools.list(portal, new SchoolDirectory.Filter(niveau, true, null, null));
    }

    public @Nullable Etablissement school(Collectivite portal, Level level, String uai) {
        return schools(portal, level).stream()
                .filter(e -> e.uai().equals(uai))
                .findFirst()
                .orElse(null);
    }

    /** The sector école of the adult's address for the class, or null (no address, or not found). */
    public @Nullable Sector sector(Collectivite portal, Adult adult, Level level) {
        String address = adult.adresseComplete();
        if (address.isBlank()) {
            return null;
        }
        var answer = carteScolaire.lookup(portal, address, level.cycle());
        return answer.resultats().stream()
                .filter(s -> s.niveau().equals(level.cycle()))
                .findFirst()
                .map(s -> new Sector(
                        s.uai(),
                        s.nom(),
                        s.regle(),
                        answer.adresseNormalisee() == null ? address : answer.adresseNormalisee()))
                .orElse(null);
    }
}
