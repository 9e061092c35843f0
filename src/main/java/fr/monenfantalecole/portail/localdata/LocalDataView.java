package fr.monenfantalecole.portail.localdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The local data form: groups of fields with their values, errors and the sheets that use them. */
public record LocalDataView(List<Group> groups, int filled, int total, Map<String, String> errors) {

    static final Map<String, String> GROUP_LABELS = Map.ofEntries(
            Map.entry("commune", "Votre collectivité"),
            Map.entry("contact", "Contacts"),
            Map.entry("inscription", "Inscriptions scolaires"),
            Map.entry("ecoles", "Écoles"),
            Map.entry("colleges", "Collèges"),
            Map.entry("cantine", "Restauration scolaire"),
            Map.entry("periscolaire", "Accueil périscolaire"),
            Map.entry("loisirs", "Loisirs et vacances"),
            Map.entry("tarifs", "Tarifs et quotient familial"),
            Map.entry("transport", "Transport scolaire"),
            Map.entry("aides", "Aides financières"),
            Map.entry("creche", "Petite enfance"),
            Map.entry("handicap", "Handicap et inclusion"),
            Map.entry("ief", "Instruction en famille"),
            Map.entry("securite", "Sécurité"),
            Map.entry("portail_famille", "Portail famille"),
            Map.entry("ent", "Espaces numériques de travail"),
            Map.entry("numerique", "Numérique"),
            Map.entry("reglements", "Règlements"));

    /** "3,05 €", "45 euros": a price typed in free text, which may differ from the service's grid. */
    static final Pattern EUROS = Pattern.compile("€|\\beuros?\\b", Pattern.CASE_INSENSITIVE);

    /** One field as the form shows it. */
    public record Field(
            LocalField field, String value, @Nullable String error, List<FieldUsage.Sheet> sheets, boolean datePassee) {

        public String inputName() {
            return LocalDataAdminController.PREFIX + field.key();
        }

        public String inputId() {
            return "f-" + field.key().replace('.', '-');
        }

        public boolean empty() {
            return value.isBlank();
        }

        /** Mentions a price in euros: to review against the grids, the one source of prices. */
        public boolean prixARevoir() {
            return EUROS.matcher(value).find();
        }

        /** Typed as Markdown: the form gives it the editor when the agent enters it. */
        public boolean markdown() {
            return field.type() == FieldType.RICHTEXT;
        }

        public boolean multiline() {
            return field.type().isBlock()
                    || value.length() > 80
                    || field.exemple().length() > 80;
        }
    }

    /** Fields sharing the first part of their key. */
    public record Group(String id, String libelle, List<Field> fields) {

        public long filled() {
            return fields.stream().filter(f -> !f.empty()).count();
        }
    }

    static LocalDataView of(
            List<LocalField> fields,
            Map<String, String> values,
            Map<String, String> errors,
            Map<String, List<FieldUsage.Sheet>> usage,
            LocalDate today) {
        Map<String, List<Field>> groups = new LinkedHashMap<>();
        int filled = 0;
        for (var f : fields) {
            String value = values.getOrDefault(f.key(), "");
            if (!value.isBlank() && !errors.containsKey(f.key())) {
                filled++;
            }
            groups.computeIfAbsent(f.groupe(), g -> new ArrayList<>())
                    .add(new Field(
                            f,
                            value,
                            errors.get(f.key()),
                            usage.getOrDefault(f.key(), List.of()),
                            DatesPassees.passee(f, value, today)));
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((id, list) -> result.add(new Group(id, GROUP_LABELS.getOrDefault(id, id), list)));
        return new LocalDataView(result, filled, fields.size(), errors);
    }

    /** The filled fields that mention euros, in the form's order. */
    public List<Field> prixARevoir() {
        return groups.stream()
                .flatMap(g -> g.fields().stream())
                .filter(Field::prixARevoir)
                .toList();
    }

    /** Dated facts that are over: their sheets read the national sentence until a new date is typed. */
    public List<Field> datesPassees() {
        return groups.stream()
                .flatMap(g -> g.fields().stream())
                .filter(Field::datePassee)
                .toList();
    }

    public int percent() {
        return total == 0 ? 0 : Math.round(100f * filled / total);
    }
}
