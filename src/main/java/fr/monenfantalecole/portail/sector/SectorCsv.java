package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.shared.CsvFile;
import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.shared.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a carte scolaire file in the shape of the official collèges file (UTF-8 with BOM, ";",
 * CRLF; ISO-8859-1 accepted), optionally with a "niveau" column for écoles. Every wrong line is
 * reported with its number.
 */
public final class SectorCsv {

    static final Pattern UAI = Pattern.compile("^[0-9]{7}[A-Z]$");
    static final Pattern INSEE = Pattern.compile("^[0-9][0-9AB][0-9]{3}$");
    static final List<String> REQUIRED =
            List.of("code_insee", "libelle_commune", "type_et_libelle", "code_rne", "secteur_unique");
    public static final List<String> NIVEAUX = List.of("maternelle", "elementaire", "college");

    private SectorCsv() {}

    /** A line read: its rule, or what is wrong with it. */
    public record Line(
            long number,
            @Nullable SectorRule rule,
            @Nullable String error) {}

    /** The file read, or why it cannot be. */
    public record Parsed(List<Line> lines, @Nullable String fileError) {

        public List<Line> errors() {
            return lines.stream().filter(l -> l.error() != null).toList();
        }

        public List<SectorRule> rules() {
            return lines.stream().filter(l -> l.rule() != null).map(Line::rule).toList();
        }
    }

    /** @param defaultNiveau the level of every line when the file has no "niveau" column */
    public static Parsed parse(byte[] bytes, @Nullable String defaultNiveau) {
        return CsvFile.read(
                bytes,
                REQUIRED,
                "Ce fichier n'a pas la forme de la carte scolaire officielle : ",
                error -> new Parsed(List.of(), error),
                (parser, columns) -> {
                    if (!columns.containsKey("niveau") && defaultNiveau == null) {
                        return new Parsed(
                                List.of(), "Ajoutez une colonne « niveau » (maternelle, elementaire ou college).");
                    }
                    List<Line> lines = new ArrayList<>();
                    CsvText.forEach(
                            parser,
                            record -> lines.add(read(record.getRecordNumber() + 1, record, columns, defaultNiveau)),
                            (number, message) -> lines.add(new Line(number, null, message)));
                    return new Parsed(lines, null);
                });
    }

    private static Line read(
            long number, CSVRecord record, Map<String, String> columns, @Nullable String defaultNiveau) {
        var get = (java.util.function.Function<String, @Nullable String>) c -> {
            String header = columns.get(c);
            if (header == null || !record.isMapped(header) || !record.isSet(header)) {
                return null;
            }
            String v = record.get(header);
            return v == null || v.isBlank() ? null : CsvText.uncell(v.strip());
        };
        String insee = get.apply("code_insee");
        if (insee == null || !INSEE.matcher(insee).matches()) {
            return new Line(
                    number, null, "Code INSEE « " + insee + " » invalide : 5 caractères attendus (par exemple 35115).");
        }
        String uai = get.apply("code_rne");
        if (uai == null || !UAI.matcher(uai.toUpperCase(Locale.ROOT)).matches()) {
            return new Line(
                    number, null, "Code de l'établissement (UAI) « " + uai + " » invalide : 7 chiffres et une lettre.");
        }
        String niveau = get.apply("niveau") != null ? Folding.lower(get.apply("niveau")) : defaultNiveau;
        if (niveau == null || !NIVEAUX.contains(niveau)) {
            return new Line(number, null, "Niveau « " + niveau + " » inconnu : maternelle, elementaire ou college.");
        }
        String unique = get.apply("secteur_unique");
        boolean single = "O".equalsIgnoreCase(unique);
        if (unique == null || !(single || "N".equalsIgnoreCase(unique))) {
            return new Line(number, null, "Secteur_unique doit valoir O (toute la commune) ou N (par rue).");
        }
        String voie = get.apply("type_et_libelle");
        String lieuDit = get.apply("lieu_dit");
        String commune = get.apply("libelle_commune") == null ? insee : get.apply("libelle_commune");
        if (single) {
            return new Line(
                    number,
                    new SectorRule(
                            0,
                            niveau,
                            insee,
                            commune,
                            get.apply("code_postal"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            uai.toUpperCase(Locale.ROOT),
                            true),
                    null);
        }
        if (voie == null && lieuDit == null) {
            return new Line(number, null, "Indiquez la voie (Type_et_Libelle) ou le lieu-dit de cette règle.");
        }
        Integer debut;
        Integer fin;
        try {
            debut = get.apply("no_de_voie_debut") == null ? null : Integer.parseInt(get.apply("no_de_voie_debut"));
            fin = get.apply("no_de_voie_fin") == null ? null : Integer.parseInt(get.apply("no_de_voie_fin"));
        } catch (NumberFormatException e) {
            return new Line(
                    number,
                    null,
                    "Numéro de voie invalide : un nombre entier est attendu (9999 pour « jusqu'au bout »).");
        }
        if ((debut == null) != (fin == null)) {
            return new Line(number, null, "Indiquez à la fois le premier et le dernier numéro, ou aucun des deux.");
        }
        if (debut != null && (debut < 0 || fin < debut)) {
            return new Line(
                    number,
                    null,
                    "Le dernier numéro (" + fin + ") doit être au moins égal au premier (" + debut + ").");
        }
        String parite = get.apply("parite") == null ? "PI" : get.apply("parite").toUpperCase(Locale.ROOT);
        if (!List.of("P", "I", "PI").contains(parite)) {
            return new Line(number, null, "Parité « " + parite + " » inconnue : P (pairs), I (impairs) ou PI (tous).");
        }
        return new Line(
                number,
                new SectorRule(
                        0,
                        niveau,
                        insee,
                        commune,
                        get.apply("code_postal"),
                        lieuDit,
                        voie,
                        debut,
                        get.apply("indice_de_repetition_debut"),
                        fin,
                        get.apply("indice_de_repetition_fin"),
                        parite,
                        uai.toUpperCase(Locale.ROOT),
                        false),
                null);
    }
}
