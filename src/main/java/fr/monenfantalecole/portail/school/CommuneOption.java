package fr.monenfantalecole.portail.school;

/** A commune in the filter list. */
public record CommuneOption(String code, String nom) {}
