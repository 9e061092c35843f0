package fr.monenfantalecole.portail.sector;

import java.util.List;

/** A street of a commune, as the rules file writes it, with its rules. */
record StreetEntry(String insee, String label, StreetNames.Street street, List<SectorRule> rules) {}
