package fr.monenfantalecole.portail.news.web;

/** Whose news the back-office page manages. */
public record OwnerView(String nom, String adminPath, boolean national) {}
