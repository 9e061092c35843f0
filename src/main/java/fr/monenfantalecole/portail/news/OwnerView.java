package fr.monenfantalecole.portail.news;

/** Whose news the back-office page manages. */
public record OwnerView(String nom, String adminPath, boolean national) {}
