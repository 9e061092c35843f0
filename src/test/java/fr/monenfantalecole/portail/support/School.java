package fr.monenfantalecole.portail.support;

/** An école a {@link World} imported into its commune through the Annuaire import. */
public record School(String uai, String nom) {}
