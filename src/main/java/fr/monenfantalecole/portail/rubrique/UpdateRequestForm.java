package fr.monenfantalecole.portail.rubrique;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the mairie asks a school to update, for one rubrique or the whole page, and by when (bound
 * as "updateRequestForm": its messages are in i18n/rubrique.properties).
 *
 * @param echeance the deadline as typed: JJ/MM/AAAA, or AAAA-MM-JJ from a date field
 */
record UpdateRequestForm(
        @Nullable Long rubrique, @NotBlank @Size(max = 1000) String message, String echeance) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    UpdateRequestForm {
        message = Objects.requireNonNullElse(message, "").strip();
        echeance = Objects.requireNonNullElse(echeance, "").strip();
    }

    /** The deadline, or null when it is not a date. */
    @Nullable
    LocalDate deadline() {
        try {
            return LocalDate.parse(echeance, DATE);
        } catch (DateTimeParseException ex) {
            try {
                return LocalDate.parse(echeance);
            } catch (DateTimeParseException ex2) {
                return null;
            }
        }
    }
}
