package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.CsvFile;
import fr.monenfantalecole.portail.shared.CsvText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Annuaire de l'éducation CSV as the ministry publishes it (UTF-8 with BOM, ";", CRLF),
 * and also in ISO-8859-1 and with the lower-case column names of newer exports. Every line is
 * checked; a wrong line is reported with its number and what to fix, never silently dropped.
 */
final class AnnuaireCsv {

    static final Pattern UAI = Pattern.compile("^[0-9]{7}[A-Z]$");
    static final Pattern CODE_COMMUNE = Pattern.compile("^[0-9][0-9AB][0-9]{3}$");

    private static final List<String> REQUIRED = List.of(
            "identifiant_de_l_etablissement", "nom_etablissement", "type_etablissement", "code_commune", "nom_commune");

    private AnnuaireCsv() {}

    /** The file read: its lines, or why it cannot be read at all. */
    public record Parsed(List<Line> lines, @Nullable String fileError) {

        public List<Line> errors() {
            return lines.stream().filter(l -> l.error() != null).toList();
        }

        public List<Etablissement> etablissements() {
            return lines.stream()
                    .filter(l -> l.etablissement() != null)
                    .map(Line::etablissement)
                    .toList();
        }
    }

    /**
     * One data line: the establishment it describes, or what is wrong with it; neither for the
     * secondary line of a multi-site establishment.
     */
    public record Line(
            long number,
            @Nullable Etablissement etablissement,
            @Nullable String error) {}

    public static Parsed parse(byte[] bytes) {
        return CsvFile.read(
                bytes,
                REQUIRED,
                "Ce fichier n'est pas l'Annuaire de l'éducation : ",
                error -> new Parsed(List.of(), error),
                (parser, columns) -> {
                    List<Line> lines = new ArrayList<>();
                    Map<String, Integer> seen = new HashMap<>();
                    CsvText.forEach(
                            parser,
                            record -> {
                                long number = record.getRecordNumber() + 1;
                                var row = new AnnuaireRow(record, columns);
                                var line = readLine(number, row);
                                var e = line.etablissement();
                                Integer previous = e == null ? null : seen.putIfAbsent(e.uai(), lines.size());
                                if (previous == null) {
                                    lines.add(line);
                                } else {
                                    lines.add(mergeMultiSite(
                                            lines,
                                            previous,
                                            line,
                                            "1".equals(row.optional("etablissement_multi_lignes"))));
                                }
                            },
                            (number, message) -> lines.add(new Line(number, null, message)));
                    return new Parsed(lines, null);
                });
    }

    /**
     * The Annuaire lists an establishment with several sites on several lines with the same UAI
     * (etablissement_multi_lignes = 1): the portal keeps one, the main site rather than an annexe.
     * Any other repeated UAI is an error.
     */
    private static Line mergeMultiSite(List<Line> lines, int previousIndex, Line line, boolean multiSite) {
        var previous = lines.get(previousIndex);
        var e = java.util.Objects.requireNonNull(line.etablissement());
        if (!multiSite) {
            return new Line(
                    line.number(),
                    null,
                    "L'UAI " + e.uai() + " figure déjà ligne " + previous.number()
                            + " ; une même UAI ne peut figurer deux fois que pour un établissement multi-sites.");
        }
        var kept = java.util.Objects.requireNonNull(previous.etablissement());
        if (isAnnexe(kept) && !isAnnexe(e)) {
            lines.set(previousIndex, new Line(line.number(), e, null));
            return new Line(previous.number(), null, null);
        }
        return new Line(line.number(), null, null);
    }

    private static boolean isAnnexe(Etablissement e) {
        return normalise(e.nom()).contains("annexe");
    }

    private static Line readLine(long number, AnnuaireRow row) {
        try {
            String uai = row.required("identifiant_de_l_etablissement", "l'identifiant (UAI)")
                    .toUpperCase(Locale.ROOT);
            if (!UAI.matcher(uai).matches()) {
                return new Line(
                        number, null, "UAI « " + uai + " » invalide : 7 chiffres suivis d'une lettre sont attendus.");
            }
            String codeCommune = row.required("code_commune", "le code INSEE de la commune");
            if (!CODE_COMMUNE.matcher(codeCommune).matches()) {
                return new Line(
                        number,
                        null,
                        "Code commune « " + codeCommune + " » invalide : 5 caractères attendus (par exemple 35115).");
            }
            String etat = row.optional("etat");
            var etablissement = new Etablissement(
                    uai,
                    row.required("nom_etablissement", "le nom de l'établissement"),
                    row.optional("type_etablissement") == null ? "" : row.optional("type_etablissement"),
                    row.optional("code_nature"),
                    row.optional("libelle_nature"),
                    statut(row.optional("statut_public_prive")),
                    row.flag("ecole_maternelle"),
                    row.flag("ecole_elementaire"),
                    row.optional("adresse_1"),
                    row.optional("adresse_2"),
                    row.optional("adresse_3"),
                    row.optional("code_postal"),
                    codeCommune,
                    row.required("nom_commune", "le nom de la commune"),
                    row.optional("telephone"),
                    row.email("mail"),
                    row.webPage("web"),
                    row.bool("restauration"),
                    row.bool("hebergement"),
                    row.bool("ulis"),
                    row.integer("nombre_d_eleves", "le nombre d'élèves"),
                    row.coordinate("latitude", -90, 90),
                    row.coordinate("longitude", -180, 180),
                    row.optional("nom_circonscription"),
                    row.date("date_ouverture"),
                    row.date("date_maj_ligne"),
                    etat == null || !etat.toUpperCase(Locale.ROOT).startsWith("FERM"));
            return new Line(number, etablissement, null);
        } catch (AnnuaireRow.Invalid e) {
            return new Line(number, null, e.getMessage());
        }
    }

    private static @Nullable String statut(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = normalise(value);
        if (v.equals("public")) {
            return "PUBLIC";
        }
        if (v.equals("prive")) {
            return "PRIVE";
        }
        throw new AnnuaireRow.Invalid("Statut « " + value + " » inconnu : Public ou Privé attendu.");
    }

    static String decode(byte[] bytes) {
        return CsvText.decode(bytes);
    }

    static String normalise(String header) {
        return CsvText.column(header);
    }
}
