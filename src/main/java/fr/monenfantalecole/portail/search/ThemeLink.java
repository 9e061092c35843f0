package fr.monenfantalecole.portail.search;

/** A theme to try when nothing was found. */
public record ThemeLink(String libelle, String url) {}
