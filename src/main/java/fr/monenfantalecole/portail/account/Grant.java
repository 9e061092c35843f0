package fr.monenfantalecole.portail.account;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A role held for one collectivité, or for the whole platform when the collectivité is null. */
public record Grant(Role role, @Nullable Long collectiviteId) implements Serializable {}
