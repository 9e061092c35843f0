package fr.monenfantalecole.portail.tenant;

/** A commune of an intercommunalité's territory. */
public record CommuneMembre(String codeInsee, String nom) {}
