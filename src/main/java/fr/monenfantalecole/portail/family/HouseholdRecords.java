package fr.monenfantalecole.portail.family;

import java.util.List;

/**
 * What another module (a téléservice) keeps about a household, so that the family's export includes
 * it and the account's deletion takes it along, without the family module depending on that module.
 */
public interface HouseholdRecords {

    /** A part of the export: its title, its lines for the PDF, and its records for the JSON file. */
    record Section(String titre, List<String> lignes, List<?> donnees) {}

    Section export(long adultId);

    /**
     * Called in the deletion's transaction, before the children nobody else keeps are deleted with
     * the adult: what belongs only to them must go too.
     */
    default void beforeDeletion(long adultId) {}
}
