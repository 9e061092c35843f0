package fr.monenfantalecole.portail.localdata;

import fr.monenfantalecole.portail.shared.RichText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kinds of local values. Each checks what an agent typed (with a French message saying what to
 * change), stores it in one canonical form, and shows it to parents as HTML: inline in a sentence,
 * or as a block (a list, a paragraph).
 */
public enum FieldType {
    TEXT("Texte court", false),
    RICHTEXT("Texte mis en forme (Markdown)", true),
    PHONE("Téléphone", false),
    EMAIL("Adresse électronique", false),
    URL("Adresse web (https://…)", false),
    ADDRESS("Adresse postale", false),
    HOURS("Horaires", false),
    MONEY("Montants en euros", false),
    DATE("Dates ou période", false),
    LIST("Liste (un élément par ligne)", true);

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$");
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}\\s*(h|H|:)\\s*\\d{0,2}");
    private static final Pattern AMOUNT = Pattern.compile("\\d+([,.]\\d{1,2})?\\s*(€|euros?|EUR)");
    private static final Pattern DATE_HINT = Pattern.compile(
            "\\d|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|rentrée|vacances",
            Pattern.CASE_INSENSITIVE);

    private final String libelle;
    private final boolean block;

    FieldType(String libelle, boolean block) {
        this.libelle = libelle;
        this.block = block;
    }

    public String libelle() {
        return libelle;
    }

    /** Shown as a block of its own (a list, paragraphs) rather than inside a sentence. */
    public boolean isBlock() {
        return block;
    }

    public static FieldType of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** What was typed, checked: the value to store, or what to change. */
    public sealed interface Check permits Valid, Invalid {}

    public record Valid(String value) implements Check {}

    public record Invalid(String message) implements Check {}

    public Check check(String typed) {
        String v = typed.strip().replace("\r\n", "\n");
        int max = block ? 5000 : 500;
        if (v.length() > max) {
            return new Invalid("Texte trop long : " + max + " caractères au plus.");
        }
        return switch (this) {
            case PHONE -> phone(v);
            case EMAIL ->
                EMAIL_PATTERN.matcher(v.toLowerCase(Locale.ROOT)).matches()
                        ? new Valid(v.toLowerCase(Locale.ROOT))
                        : new Invalid("Adresse électronique attendue, par exemple scolaire@mairie.fr.");
            case URL ->
                isHttps(v)
                        ? new Valid(v)
                        : new Invalid(
                                "Adresse web complète attendue, commençant par https:// (par exemple https://www.fougeres.fr/ecoles).");
            case HOURS ->
                HOUR.matcher(v).find()
                        ? new Valid(v)
                        : new Invalid("Indiquez des heures, par exemple « du lundi au vendredi de 8 h 30 à 12 h ».");
            case MONEY ->
                AMOUNT.matcher(v).find()
                        ? new Valid(v)
                        : new Invalid("Indiquez au moins un montant en euros, par exemple « 3,50 € le repas ».");
            case DATE ->
                DATE_HINT.matcher(v).find()
                        ? new Valid(v)
                        : new Invalid("Indiquez une date ou une période, par exemple « du 6 janvier au 28 mars ».");
            case LIST -> new Valid(items(v).stream().collect(Collectors.joining("\n")));
            case TEXT, ADDRESS, RICHTEXT -> new Valid(v);
        };
    }

    /** The value as HTML, escaped or sanitised. */
    public String toHtml(String value, boolean asBlock) {
        return switch (this) {
            case PHONE -> "<a href=\"tel:" + value.replace(" ", "") + "\">" + RichText.escape(value) + "</a>";
            case EMAIL -> "<a href=\"mailto:" + RichText.escape(value) + "\">" + RichText.escape(value) + "</a>";
            case URL -> "<a href=\"" + RichText.escape(value) + "\">" + RichText.escape(value) + "</a>";
            case LIST ->
                asBlock
                        ? items(value).stream()
                                .map(i -> "<li>" + RichText.escape(i) + "</li>")
                                .collect(Collectors.joining("", "<ul>", "</ul>"))
                        : RichText.escape(String.join(" ; ", items(value)));
            case RICHTEXT ->
                asBlock
                        ? RichText.markdownToHtml(value)
                        : RichText.escape(value.replaceAll("\\s*\\n+\\s*", " ").replaceAll("[*_#>`]", ""));
            default -> RichText.escape(value).replace("\n", "<br>");
        };
    }

    static List<String> items(String value) {
        String separator = value.contains("\n") ? "\n" : ";";
        return Arrays.stream(value.split(separator))
                .map(s -> s.strip().replaceFirst("^[-*•]\\s*", ""))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Check phone(String v) {
        String digits = v.replaceAll("[\\s.\\-]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        }
        if (!digits.matches("0[1-9][0-9]{8}|3[0-9]{3}|1[0-9]{1,2}")) {
            return new Invalid("Numéro de téléphone à 10 chiffres attendu, par exemple 02 99 94 88 88.");
        }
        return new Valid(digits.length() == 10 ? digits.replaceAll("(\\d{2})(?=\\d)", "$1 ") : digits);
    }

    private static boolean isHttps(String v) {
        try {
            var uri = new URI(v);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
