package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.WebAddresses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An establishment as the Annuaire de l'éducation describes it. */
public record Etablissement(
        String uai,
        String nom,
        String type,
        @Nullable String natureCode,
        @Nullable String natureLibelle,
        @Nullable String statut,
        boolean ecoleMaternelle,
        boolean ecoleElementaire,
        @Nullable String adresse1,
        @Nullable String adresse2,
        @Nullable String adresse3,
        @Nullable String codePostal,
        String codeCommune,
        String nomCommune,
        @Nullable String telephone,
        @Nullable String mail,
        @Nullable String siteWeb,
        @Nullable Boolean restauration,
        @Nullable Boolean hebergement,
        @Nullable Boolean ulis,
        @Nullable Integer nombreEleves,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String circonscription,
        @Nullable LocalDate dateOuverture,
        @Nullable LocalDate dateMajLigne,
        boolean ouvert) {

    public static final String TYPE_ECOLE = "Ecole";
    public static final String TYPE_COLLEGE = "Collège";

    /** The web site when it is an http(s) address, the only kind shown as a link. */
    public @Nullable String siteWebLink() {
        return WebAddresses.isWebPage(siteWeb) ? siteWeb : null;
    }

    /** The e-mail address when it is one, the only kind shown as a mailto: link. */
    public @Nullable String mailLink() {
        return WebAddresses.isEmail(mail) ? mail : null;
    }

    /** Maternelle, élémentaire, primaire or collège; empty for other establishments. */
    public @Nullable Niveau niveau() {
        if (TYPE_COLLEGE.equals(type)) {
            return Niveau.COLLEGE;
        }
        if (!TYPE_ECOLE.equals(type)) {
            return null;
        }
        if (ecoleMaternelle && ecoleElementaire) {
            return Niveau.PRIMAIRE;
        }
        if (ecoleMaternelle) {
            return Niveau.MATERNELLE;
        }
        return Niveau.ELEMENTAIRE;
    }

    public boolean isPublic() {
        return "PUBLIC".equals(statut);
    }

    public String statutLibelle() {
        return statut == null ? "Statut non précisé" : isPublic() ? "Public" : "Privé";
    }

    /** The levels a parent can enrol a child in, in words. */
    public List<String> niveauxLibelles() {
        List<String> levels = new ArrayList<>();
        if (ecoleMaternelle) {
            levels.add("Maternelle (petite, moyenne et grande sections)");
        }
        if (ecoleElementaire) {
            levels.add("Élémentaire (du CP au CM2)");
        }
        if (TYPE_COLLEGE.equals(type)) {
            levels.add("Collège (de la 6e à la 3e)");
        }
        return levels;
    }

    /** Street and town as one line for the map fallback and for print. */
    public String adresseComplete() {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {adresse1, adresse2, adresse3}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    /** "02 99 85 38 02" from "0299853802". */
    public @Nullable String telephoneLisible() {
        if (telephone == null || !telephone.matches("[0-9]{10}")) {
            return telephone;
        }
        return telephone.replaceAll("(\\d{2})(?=\\d)", "$1 ");
    }
}
