package fr.monenfantalecole.portail.search.web;

/** A theme to try when nothing was found. */
public record ThemeLink(String libelle, String url) {}
