package fr.monenfantalecole.portail.opendata;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The one body of every /api/v1 error (400, 404, 429, 503): what went wrong in French, and for a
 * 400 on named parameters one message per parameter. The field names are published: clients read them.
 */
@Schema(description = "Une erreur, expliquée en français")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ApiError(
        @Schema(description = "Ce qui ne va pas") String erreur,

        @Schema(description = "Un message par paramètre à corriger (400 seulement)")
        Map<String, String> champs) {

    ApiError(String erreur) {
        this(erreur, Map.of());
    }

    /** The same body written by hand, for the filters that answer before any controller. */
    static String json(String erreur) {
        return "{\"erreur\":\"" + erreur.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
