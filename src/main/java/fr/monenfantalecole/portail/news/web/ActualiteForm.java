package fr.monenfantalecole.portail.news.web;

import fr.monenfantalecole.portail.shared.PlausibleDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A news dossier as typed. */
public record ActualiteForm(
        @Nullable String titre,
        @Nullable String resume,
        @Nullable String corps,
        @Nullable String publieLe,
        @Nullable String imageAlt) {

    /** Far above any news (a long one is 20,000), far below what the database and the search index choke on. */
    static final int MAX_BODY = 100_000;

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (titre == null || titre.isBlank()) {
            errors.put("titre", "Donnez un titre à l'actualité.");
        } else if (titre.length() > 150) {
            errors.put("titre", "Le titre est trop long : 150 caractères au plus.");
        }
        if (resume == null || resume.isBlank()) {
            errors.put("resume", "Écrivez un résumé de une ou deux phrases : il s'affiche dans les listes.");
        } else if (resume.length() > 400) {
            errors.put("resume", "Le résumé est trop long : 400 caractères au plus.");
        }
        if (corps == null || corps.isBlank()) {
            errors.put("corps", "Écrivez le texte de l'actualité.");
        } else if (corps.length() > MAX_BODY) {
            errors.put(
                    "corps",
                    "Le texte est trop long : " + String.format(Locale.FRANCE, "%,d", MAX_BODY)
                            + " caractères au plus (il en compte "
                            + String.format(Locale.FRANCE, "%,d", corps.length())
                            + "). Raccourcissez-le ou joignez le détail en document.");
        }
        LocalDate date = date();
        if (date == null) {
            errors.put("publieLe", "Indiquez la date de publication au format JJ/MM/AAAA (par exemple 02/09/2026).");
        } else if (PlausibleDate.problem(date, "La date de publication") != null) {
            errors.put("publieLe", PlausibleDate.problem(date, "La date de publication"));
        }
        return errors;
    }

    /** The dossier as saved: what {@link #errors()} found complete, stripped. */
    record Typed(String titre, String resume, String corps, LocalDate publieLe) {}

    /** Only once {@link #errors()} is empty: every field is then present. */
    Typed typed() {
        return new Typed(
                Objects.requireNonNull(titre, "checked by errors()").strip(),
                Objects.requireNonNull(resume, "checked by errors()").strip(),
                Objects.requireNonNull(corps, "checked by errors()").strip(),
                Objects.requireNonNull(date(), "checked by errors()"));
    }

    @Nullable
    LocalDate date() {
        if (publieLe == null || publieLe.isBlank()) {
            return null;
        }
        String v = publieLe.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = v.split("/");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
