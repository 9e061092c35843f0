package fr.monenfantalecole.portail.family;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An adult with a family account, as their own pages and their agents see it. */
public record Adult(
        long id,
        long collectiviteId,
        String email,
        @Nullable Instant emailVerifieLe,
        String nom,
        String prenoms,
        @Nullable String telephone,
        @Nullable String adresse,
        @Nullable String codePostal,
        @Nullable String ville,
        boolean contactCourriel,
        boolean contactSms,
        String consentementVersion,
        Instant consentementLe,
        @Nullable String oidcIssuer,
        Instant creeLe,
        @Nullable Instant derniereConnexionLe) {

    static final String COLUMNS = """
            id, collectivite_id, email, email_verifie_le, nom, prenoms, telephone, adresse, code_postal, ville,
            contact_courriel, contact_sms, consentement_version, consentement_le, oidc_issuer, cree_le,
            derniere_connexion_le""";

    public String nomComplet() {
        return prenoms + " " + nom;
    }

    /** What a password must not be built on: the person's own address and names. */
    public java.util.List<String> personal() {
        return java.util.List.of(email, nom, prenoms);
    }

    public boolean verifie() {
        return emailVerifieLe != null;
    }

    /** The address on one line, for the carte scolaire; empty when none was given. */
    public String adresseComplete() {
        if (adresse == null || adresse.isBlank()) {
            return "";
        }
        return adresse + (codePostal == null ? "" : " " + codePostal) + (ville == null ? "" : " " + ville);
    }
}
