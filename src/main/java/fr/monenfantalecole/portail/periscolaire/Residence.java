package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.Adult;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.shared.Folding;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.CommuneMembre;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whether a household lives in the collectivité that prices an activity, for the grids' non-resident
 * rule. A commune or an EPCI compares the town of the parent's address with the names of the
 * territory's communes (its INSEE codes: the EPCI's member list, and the communes the establishments
 * of those codes are in; accents, case, hyphens and "St" for "Saint" aside), and, when both are
 * known, the postcode with the territory's postcodes (a namesake commune elsewhere is not the
 * territory). The collectivité's own name is not a commune's ("Ville de Fougères"): it is only read
 * when the territory names no commune. A département compares the postcode. An address without a
 * town is taken as resident: the higher price needs a known address elsewhere.
 */
@Component
class Residence {

    private final Collectivites collectivites;
    private final Etablissements etablissements;

    Residence(Collectivites collectivites, Etablissements etablissements) {
        this.collectivites = collectivites;
        this.etablissements = etablissements;
    }

    public boolean resident(Adult adult, long collectiviteId) {
        var c = collectivites.findById(collectiviteId).orElse(null);
        String ville = adult.ville();
        if (c == null || ville == null || ville.isBlank()) {
            return true;
        }
        String code = adult.codePostal() == null ? "" : adult.codePostal().strip();
        if (c.type() == CollectiviteType.DEPARTEMENT) {
            String dept = c.codeInsee() == null ? "" : c.codeInsee().replaceAll("^2[AB]$", "20");
            return code.isEmpty() || dept.isEmpty() || code.startsWith(dept);
        }
        return territory(c).includes(ville, code);
    }

    /** The folded names and the postcodes of a commune's or an EPCI's communes. */
    record Communes(Set<String> names, Set<String> postcodes) {

        /** A town of the territory, at one of its postcodes when both are known; any town when none is named. */
        boolean includes(String ville, String codePostal) {
            String town = fold(ville).replaceAll(" CEDEX( \\d+)?$", "");
            String code = codePostal.strip();
            return names.isEmpty()
                    || (names.contains(town) && (code.isEmpty() || postcodes.isEmpty() || postcodes.contains(code)));
        }
    }

    Communes territory(Collectivite c) {
        var names = new HashSet<String>();
        var postcodes = new HashSet<String>();
        if (c.type() == CollectiviteType.EPCI) {
            collectivites.members(c.id()).stream()
                    .map(CommuneMembre::nom)
                    .map(Residence::fold)
                    .forEach(names::add);
        }
        for (Etablissement e : etablissements.inTerritory(collectivites.territory(c))) {
            names.add(fold(e.nomCommune()));
            add(postcodes, e.codePostal());
        }
        if (names.isEmpty() && c.type() == CollectiviteType.COMMUNE) {
            names.add(fold(c.nom().replaceFirst("(?i)^(ville|commune|mairie) d(e |')", "")));
        }
        return new Communes(names, postcodes);
    }

    private static void add(Set<String> postcodes, @Nullable String code) {
        if (code != null && !code.isBlank()) {
            postcodes.add(code.strip());
        }
    }

    /** "Saint-Aubin-du-Cormier", "ST AUBIN DU CORMIER" and "saint aubin du cormier" read the same. */
    static String fold(String name) {
        String plain = Folding.upperAsciiWords(name);
        return plain.replaceAll("(^| )STE( |$)", "$1SAINTE$2").replaceAll("(^| )ST( |$)", "$1SAINT$2");
    }
}
