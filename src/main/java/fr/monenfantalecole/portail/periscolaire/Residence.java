package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.Adult;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.CommuneMembre;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Whether a household lives in the collectivité that prices an activity, for the grids' non-resident
 * rule: the town of the address the parent gave, compared by name with the communes of the territory
 * (accents, case, hyphens and "St" for "Saint" aside); a département compares the postcode. An
 * address without a town is taken as resident: the higher price needs a known address elsewhere.
 */
@Component
public class Residence {

    private final Collectivites collectivites;

    Residence(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    public boolean resident(Adult adult, long collectiviteId) {
        var c = collectivites.findById(collectiviteId).orElse(null);
        String ville = adult.ville();
        if (c == null || ville == null || ville.isBlank()) {
            return true;
        }
        if (c.type() == CollectiviteType.DEPARTEMENT) {
            String code = adult.codePostal();
            String dept = c.codeInsee() == null ? "" : c.codeInsee().replaceAll("^2[AB]$", "20");
            return code == null
                    || code.isBlank()
                    || dept.isEmpty()
                    || code.strip().startsWith(dept);
        }
        List<String> communes = c.type() == CollectiviteType.COMMUNE
                ? List.of(c.nom())
                : collectivites.members(c.id()).stream().map(CommuneMembre::nom).toList();
        if (communes.isEmpty()) {
            return true;
        }
        String town = fold(ville).replaceAll(" CEDEX( \\d+)?$", "");
        return communes.stream().map(Residence::fold).anyMatch(town::equals);
    }

    /** "Saint-Aubin-du-Cormier", "ST AUBIN DU CORMIER" and "saint aubin du cormier" read the same. */
    static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", " ")
                .strip();
        return plain.replaceAll("(^| )STE( |$)", "$1SAINTE$2").replaceAll("(^| )ST( |$)", "$1SAINT$2");
    }
}
