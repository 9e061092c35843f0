package fr.monenfantalecole.portail.fiche;

/** A theme of the questions-réponses zone. */
public record Theme(String id, String libelle, String description, int position) {}
