package fr.monenfantalecole.portail.agenda;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What an event is about. */
public enum EventCategory {
    INSCRIPTION("Inscriptions"),
    REUNION("Réunion"),
    FETE("Fête d'école"),
    AUTRE("Autre");

    private final String libelle;

    EventCategory(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static @Nullable EventCategory fromCode(@Nullable String code) {
        if (code == null) {
            return null;
        }
        for (EventCategory c : values()) {
            if (c.code().equalsIgnoreCase(code.strip())) {
                return c;
            }
        }
        return null;
    }
}
