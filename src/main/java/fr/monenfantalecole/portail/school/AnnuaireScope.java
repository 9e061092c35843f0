package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import java.util.function.Predicate;

/**
 * What an Annuaire import may write: the establishments of the collectivité's territory that it
 * runs. Communes (and intercommunalités holding their competence) run the écoles, départements
 * the collèges; lycées and the other services belong to none of them, only to the platform.
 *
 * @param level which establishments the importer runs
 * @param label those establishments, as the preview names them
 */
public record AnnuaireScope(Territory territory, Predicate<Etablissement> level, String label) {

    public static AnnuaireScope of(Collectivite collectivite, Territory territory) {
        return switch (collectivite.type()) {
            case COMMUNE, EPCI ->
                new AnnuaireScope(territory, e -> Etablissement.TYPE_ECOLE.equals(e.type()), "écoles");
            case DEPARTEMENT ->
                new AnnuaireScope(territory, e -> Etablissement.TYPE_COLLEGE.equals(e.type()), "collèges");
        };
    }

    /** The platform's own load of the Annuaire (the demo): every kind of establishment. */
    public static AnnuaireScope everything(Territory territory) {
        return new AnnuaireScope(territory, e -> true, "établissements");
    }

    boolean owns(Etablissement e) {
        return territory.contains(e.codeCommune()) && level.test(e);
    }
}
