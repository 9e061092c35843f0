package fr.monenfantalecole.portail.family;

import java.io.Serializable;

/**
 * A signed-in family adult, as the session keeps them (Spring Session serialises it). The epoch is the
 * account's session epoch at sign-in: when the password changes, it no longer matches.
 */
public record FamilyPrincipal(long adulteId, long collectiviteId, int epoque, String prenoms) implements Serializable {}
