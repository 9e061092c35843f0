package fr.monenfantalecole.portail.family;

import java.util.List;

/**
 * What a téléservice module keeps about an adult's household (periscolaire bookings…), for the RGPD
 * export. Implemented by those modules, so that {@code family} never depends on them; their rows are
 * deleted with the account by the database (foreign keys to the adult and the children cascade).
 */
public interface HouseholdRecords {

    /** One section of the export: its title and plain-French lines for the PDF, its rows for the JSON. */
    record Section(String titre, List<String> lignes, List<?> donnees) {}

    Section of(long adultId);
}
