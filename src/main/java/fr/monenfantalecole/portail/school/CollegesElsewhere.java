package fr.monenfantalecole.portail.school;

/** Where the collèges of a commune that leaves them to the Département are presented. */
public record CollegesElsewhere(String nom, String href) {}
