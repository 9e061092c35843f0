package fr.monenfantalecole.portail.school.web;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Niveau;
import java.util.List;

/** A commune in the filter list. */
public record CommuneOption(String code, String nom) {}
