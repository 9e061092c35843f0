package fr.monenfantalecole.portail.shared.web;

import java.util.Map;

/**
 * A request the public API cannot answer (400): a French message, and one message per parameter
 * when the fault lies in named parameters.
 */
public class BadApiRequest extends RuntimeException {

    private final Map<String, String> fields;

    /** A fault that belongs to no single parameter, or whose parameter the message already names. */
    public BadApiRequest(String message) {
        super(message);
        this.fields = Map.of();
    }

    /** One French message per faulty parameter; the overall message joins them. */
    public BadApiRequest(Map<String, String> fields) {
        super(String.join(" ", fields.values()));
        // In the order the caller gave them (the form's order), not Map.copyOf's.
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }

    @Override
    public String getMessage() {
        return java.util.Objects.requireNonNull(super.getMessage(), "always built with a message");
    }
}
