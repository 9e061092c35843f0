package fr.monenfantalecole.portail.billing;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator as seller, and the billing settings ({@code portail.facturation.*}). The defaults
 * are the demo's: a production deployment sets its real identity and bank details.
 *
 * @param relancesJours reminders of an unpaid invoice, in days after its due date
 * @param depotChorus the folder where invoices wait to be deposited on Chorus Pro
 */
@ConfigurationProperties("portail.facturation")
record Seller(
        @DefaultValue("Mon enfant à l'école SAS") String nom,

        @DefaultValue("SAS au capital de 10 000 €, RCS Rennes")
        String forme,

        @DefaultValue("732829320") String siren,
        @DefaultValue("73282932000074") String siret,
        @DefaultValue("FR44732829320") String tva,
        @DefaultValue("1 rue de la Plateforme") String rue,
        @DefaultValue("35000") String codePostal,
        @DefaultValue("Rennes") String ville,
        @DefaultValue("FR7630006000011234567890189") String iban,
        @DefaultValue("AGRIFRPP") String bic,
        @DefaultValue("facturation@monenfant.demo") String courriel,
        @DefaultValue("30") int delaiPaiementJours,
        @DefaultValue({"15", "30", "60"}) List<Integer> relancesJours,
        @DefaultValue("90") int avisRenouvellementJours,
        @DefaultValue("data/chorus-pro") Path depotChorus) {

    public String adresse() {
        return rue + ", " + codePostal + " " + ville;
    }
}
