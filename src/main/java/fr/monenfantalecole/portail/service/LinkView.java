package fr.monenfantalecole.portail.service;

import org.jspecify.annotations.Nullable;

/** A link as parents see it, with the school's name when it is a school's own ENT. */
public record LinkView(
        String titre,
        String description,
        String publicVise,
        String url,
        @Nullable String ecole) {}
