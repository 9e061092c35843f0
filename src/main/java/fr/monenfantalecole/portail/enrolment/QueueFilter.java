package fr.monenfantalecole.portail.enrolment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The queue's filters as typed in the address: a value that reads as nothing (an unknown status, a
 * date that is not one) filters nothing rather than failing the page.
 */
public record QueueFilter(
        @Nullable String ecole,
        @Nullable String statut,
        @Nullable String du,
        @Nullable String au) {

    Requests.Filter filter() {
        return new Requests.Filter(
                ecole == null || ecole.isBlank() ? null : ecole.strip(),
                Arrays.stream(Statut.values())
                        .filter(s -> s.name().equals(statut))
                        .findFirst()
                        .orElse(null),
                date(du),
                date(au));
    }

    /** The same filters for the export link. */
    public String query() {
        return "ecole=" + value(ecole) + "&statut=" + value(statut) + "&du=" + value(du) + "&au=" + value(au);
    }

    public String value(@Nullable String v) {
        return v == null ? "" : java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
