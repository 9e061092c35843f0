package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.service.LienService;
import fr.monenfantalecole.portail.service.LiensServices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A link to a téléservice or an ENT as typed in the back office. */
public record LienForm(
        @Nullable String type,
        @Nullable String uai,
        @Nullable String titre,
        @Nullable String description,
        @Nullable String publicVise,
        @Nullable String url,
        @Nullable String ordre) {

    static final LienForm EMPTY = new LienForm("TELESERVICE", "", "", "", "", "https://", "0");

    static LienForm of(LienService l) {
        return new LienForm(
                l.type().name(),
                l.uai() == null ? "" : l.uai(),
                l.titre(),
                l.description(),
                l.publicVise(),
                l.url(),
                String.valueOf(l.ordre()));
    }

    LienService.Type typeChoisi() {
        return "ENT".equals(type) ? LienService.Type.ENT : LienService.Type.TELESERVICE;
    }

    @Nullable
    String ecole() {
        return uai == null || uai.isBlank() ? null : uai.strip().toUpperCase();
    }

    /** What must change; {@code schools} are the UAIs of the collectivité's establishments. */
    Map<String, String> errors(Set<String> schools) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"ENT".equals(type) && !"TELESERVICE".equals(type)) {
            errors.put("type", "Choisissez le type de lien : téléservice ou ENT.");
        }
        if (titre == null || titre.isBlank()) {
            errors.put("titre", "Donnez un titre au lien, par exemple « Inscription à la cantine ».");
        } else if (titre.strip().length() > 120) {
            errors.put("titre", "Le titre fait au plus 120 caractères.");
        }
        String problem = LiensServices.urlProblem(url);
        if (problem != null) {
            errors.put("url", problem);
        }
        if (ecole() != null) {
            if (typeChoisi() != LienService.Type.ENT) {
                errors.put(
                        "uai",
                        "Seul un lien vers un ENT peut être propre à une école ; laissez « Toute la collectivité ».");
            } else if (!schools.contains(ecole())) {
                errors.put("uai", "Cette école n'est pas dans la liste des écoles de la collectivité.");
            }
        }
        if (TypedInteger.parse(ordre) == null) {
            errors.put("ordre", "L'ordre d'affichage est un nombre entier, par exemple 1.");
        }
        return errors;
    }

    LiensServices.Saisie saisie() {
        return new LiensServices.Saisie(
                typeChoisi(),
                ecole(),
                checked(titre).strip(),
                description == null ? "" : description.strip(),
                publicVise == null ? "" : publicVise.strip(),
                checked(url).strip(),
                checked(TypedInteger.parse(ordre)));
    }

    /** {@link #saisie} is only called once the form is valid: what errors() requires is there. */
    private static <T> T checked(@Nullable T value) {
        return java.util.Objects.requireNonNull(value, "checked by errors()");
    }
}
