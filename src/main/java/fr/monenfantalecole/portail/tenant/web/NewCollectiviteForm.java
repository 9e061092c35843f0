package fr.monenfantalecole.portail.tenant.web;

import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.CommuneList;
import fr.monenfantalecole.portail.tenant.CommuneMembre;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import fr.monenfantalecole.portail.tenant.ReservedSlugs;
import fr.monenfantalecole.portail.tenant.Siren;
import fr.monenfantalecole.portail.tenant.Slugs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A new subscribing collectivité, as the platform operator types it. */
public record NewCollectiviteForm(
        @Nullable String type,
        @Nullable String nom,
        @Nullable String slug,
        @Nullable String codeInsee,
        @Nullable String siren,
        @Nullable String academie,
        @Nullable String zoneVacances,
        @Nullable Long parentId,
        @Nullable String communes) {

    static final NewCollectiviteForm EMPTY =
            new NewCollectiviteForm("COMMUNE", null, null, null, null, "Rennes", "B", null, null);

    /** The collectivité to create and its member communes, or the errors by field. */
    record Validation(
            Map<String, String> errors, @Nullable NewCollectivite collectivite, List<CommuneMembre> communes) {}

    Validation validate(Collectivites collectivites, ReservedSlugs reserved) {
        Map<String, String> errors = new LinkedHashMap<>();
        CollectiviteType kind = null;
        try {
            kind = type == null ? null : CollectiviteType.valueOf(type);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            errors.put("type", "Choisissez le type : commune, intercommunalité ou département.");
        }
        String name = trim(nom);
        if (name == null) {
            errors.put("nom", "Indiquez le nom de la collectivité.");
        }
        String slugValue = trim(slug) == null ? (name == null ? null : Slugs.of(name)) : trim(slug);
        if (slugValue == null || !Slugs.isValid(slugValue)) {
            errors.put(
                    "slug",
                    "L'adresse du portail s'écrit en minuscules sans accents, avec des tirets (par exemple saint-malo).");
        } else if (reserved.contains(slugValue)) {
            errors.put(
                    "slug",
                    "L'adresse « " + slugValue + " » est réservée par la plateforme ; choisissez-en une autre.");
        } else if (collectivites.findBySlug(slugValue).isPresent()) {
            errors.put("slug", "L'adresse « " + slugValue + " » est déjà celle d'une autre collectivité.");
        }
        String trimmedInsee = trim(codeInsee);
        String insee = trimmedInsee == null ? null : trimmedInsee.toUpperCase(java.util.Locale.ROOT);
        if (kind == CollectiviteType.COMMUNE && (insee == null || !insee.matches("[0-9][0-9AB][0-9]{3}"))) {
            errors.put("codeInsee", "Le code INSEE d'une commune compte 5 caractères (par exemple 35115).");
        } else if (kind == CollectiviteType.DEPARTEMENT
                && (insee == null || !insee.matches("[0-9]{2}|2A|2B|97[1-6]"))) {
            errors.put("codeInsee", "Le code d'un département compte 2 ou 3 caractères (par exemple 35, 2A ou 974).");
        }
        String trimmedSiren = trim(siren);
        String sirenValue = trimmedSiren == null ? null : trimmedSiren.replace(" ", "");
        if (sirenValue != null && !Siren.isValid(sirenValue)) {
            errors.put("siren", "Le SIREN compte 9 chiffres et sa clé doit être juste (par exemple 213501158).");
        }
        if (trim(academie) == null) {
            errors.put("academie", "Indiquez l'académie (par exemple Rennes).");
        }
        if (zoneVacances == null || !List.of("A", "B", "C").contains(zoneVacances)) {
            errors.put("zoneVacances", "Choisissez la zone de vacances scolaires : A, B ou C.");
        }
        if (parentId != null && collectivites.findById(parentId).isEmpty()) {
            errors.put("parentId", "La collectivité de rattachement choisie n'existe pas.");
        }
        List<CommuneMembre> members = List.of();
        if (kind == CollectiviteType.EPCI) {
            var parsed = CommuneList.parse(communes);
            if (parsed.error() != null) {
                errors.put("communes", parsed.error());
            } else if (parsed.communes().isEmpty()) {
                errors.put(
                        "communes",
                        "Indiquez au moins une commune membre : ses écoles seront présentées sur le portail.");
            }
            members = parsed.communes();
        }
        if (!errors.isEmpty()) {
            return new Validation(errors, null, List.of());
        }
        return new Validation(
                errors,
                new NewCollectivite(
                        checked(slugValue),
                        checked(kind),
                        checked(name),
                        kind == CollectiviteType.EPCI ? null : insee,
                        sirenValue,
                        checked(trim(academie)),
                        checked(zoneVacances),
                        parentId,
                        "#1f4e79",
                        "#2e5e2e",
                        null,
                        null,
                        kind != CollectiviteType.DEPARTEMENT,
                        kind != CollectiviteType.COMMUNE),
                members);
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Only called once no error was found: each value the checks above require is there. */
    private static <T> T checked(@Nullable T value) {
        return java.util.Objects.requireNonNull(value, "checked above");
    }
}
