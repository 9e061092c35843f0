package fr.monenfantalecole.portail.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One e-mail as written by the portal, and what became of it. */
public record Courriel(long id, @Nullable Long collectiviteId, String destinataire, String sujet, String corps,
        Instant createdAt, @Nullable Instant envoyeLe, @Nullable String erreur) {}
