package fr.monenfantalecole.portail.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * Damaged copies of a real import file, as an admin's spreadsheet, mailer or disk would produce
 * them: other encodings and separators, columns missing or added, truncation, quotes left open,
 * NUL bytes, duplicated and shuffled lines, random byte flips, and a 50 MB file. Deterministic
 * (fixed seeds), so a failure can be replayed.
 */
final class Mutations {

    /** One damaged file, named for the report. */
    record Mutation(String name, byte[] bytes) {}

    static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;

    private Mutations() {}

    /** At least 70 mutations of a CSV published as UTF-8 with BOM, ";" and CRLF. */
    static List<Mutation> ofCsv(byte[] real) {
        String text = new String(real, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = List.of(text.split("\r?\n"));
        text = String.join("\r\n", lines) + "\r\n";
        List<Mutation> m = new ArrayList<>();
        m.add(utf8("utf8-sans-bom", text));
        m.add(utf8("double-bom", "\uFEFF\uFEFF" + text));
        m.add(new Mutation("windows-1252", text.getBytes(Charset.forName("windows-1252"))));
        m.add(new Mutation("iso-8859-1", text.getBytes(StandardCharsets.ISO_8859_1)));
        m.add(new Mutation("utf-16le-bom", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
        m.add(new Mutation("utf-16be", text.getBytes(StandardCharsets.UTF_16BE)));
        m.add(new Mutation("utf-32", text.getBytes(Charset.forName("UTF-32"))));
        m.add(utf8("bom-seul", "\uFEFF"));
        m.add(utf8("separateur-virgule", text.replace(';', ',')));
        m.add(utf8("separateur-tabulation", text.replace(';', '\t')));
        m.add(utf8("separateur-barre", text.replace(';', '|')));
        m.add(utf8("separateurs-doubles", text.replace(";", ";;")));
        m.add(utf8("point-virgule-final", text.replace("\r\n", ";\r\n")));
        m.add(utf8("fins-de-ligne-lf", text.replace("\r\n", "\n")));
        m.add(utf8("fins-de-ligne-cr", text.replace("\r\n", "\r")));
        m.add(utf8("entete-seul", lines.getFirst() + "\r\n"));
        m.add(utf8("vide", ""));
        m.add(utf8("blancs", "  \r\n\t\r\n  "));
        m.add(utf8("sans-entete", join(lines.subList(1, lines.size()))));
        m.add(utf8("entete-repete", join(insert(lines, 3, lines.getFirst()))));
        m.add(utf8("entete-majuscules", join(replace(lines, 0, lines.getFirst().toUpperCase()))));
        int columns = lines.getFirst().split(";", -1).length;
        for (int c : new int[] {0, 1, 2, 3, columns / 2, columns - 2, columns - 1}) {
            m.add(utf8(
                    "colonne-" + (c + 1) + "-supprimee",
                    join(lines.stream().map(l -> dropCell(l, c)).toList())));
        }
        m.add(utf8(
                "colonne-ajoutee-fin",
                join(lines.stream().map(l -> l + ";extra").toList())));
        m.add(utf8(
                "colonne-ajoutee-debut",
                join(lines.stream().map(l -> "extra;" + l).toList())));
        m.add(utf8("cellule-en-trop-ligne-5", join(replace(lines, 4, lines.get(4) + ";en trop;encore"))));
        m.add(utf8(
                "cellules-manquantes-ligne-5",
                join(replace(lines, 4, lines.get(4).substring(0, lines.get(4).length() / 2)))));
        m.add(utf8("ligne-5-vide-de-cellules", join(replace(lines, 4, ";".repeat(columns - 1)))));
        m.add(new Mutation("tronque-50", Arrays.copyOf(real, real.length / 2)));
        m.add(new Mutation("tronque-10", Arrays.copyOf(real, real.length / 10)));
        m.add(new Mutation("tronque-7-octets", Arrays.copyOf(real, real.length - 7)));
        m.add(new Mutation("tronque-dans-un-accent", cutInsideMultibyte(real)));
        for (int line : new int[] {1, lines.size() / 2, lines.size() - 1}) {
            m.add(utf8("guillemet-ouvert-ligne-" + (line + 1), join(replace(lines, line, "\"" + lines.get(line)))));
        }
        m.add(utf8(
                "guillemet-ouvert-2e-cellule",
                join(replace(lines, 3, lines.get(3).replaceFirst(";", ";\"")))));
        m.add(utf8("guillemet-au-milieu", join(replace(lines, 3, lines.get(3).replaceFirst(";(.)", ";$1\"")))));
        m.add(utf8(
                "texte-apres-guillemet-ferme",
                join(replace(lines, 3, lines.get(3).replaceFirst(";", ";\"abc\"def")))));
        m.add(utf8(
                "retour-ligne-entre-guillemets",
                join(replace(lines, 3, lines.get(3).replaceFirst(";", ";\"a\r\nb\"")))));
        m.add(utf8(
                "retour-chariot-dans-une-cellule",
                join(replace(lines, 3, lines.get(3).replaceFirst(";", ";a\rb")))));
        m.add(utf8("nul-dans-une-ligne", join(replace(lines, 3, lines.get(3).replaceFirst(";", ";\0")))));
        m.add(utf8("nul-au-debut", "\0" + text));
        m.add(utf8("nul-dans-l-entete", join(replace(lines, 0, lines.getFirst().replaceFirst(";", "\0;")))));
        m.add(utf8("nul-comme-separateur", join(replace(lines, 3, lines.get(3).replace(';', '\0')))));
        m.add(utf8(
                "caracteres-de-controle",
                join(replace(lines, 3, lines.get(3).replaceFirst(";", ";\u0001\u001b[31m")))));
        m.add(utf8("ligne-en-double", join(insert(lines, 3, lines.get(3)))));
        m.add(utf8("corps-en-double", join(concat(lines, lines.subList(1, lines.size())))));
        m.add(utf8(
                "premiere-et-derniere-en-double",
                join(concat(insert(lines, 2, lines.get(1)), List.of(lines.getLast())))));
        m.add(utf8("lignes-melangees", join(shuffled(lines, 1))));
        m.add(utf8("lignes-inversees", join(reversedBody(lines))));
        m.add(utf8(
                "cellule-de-100-000-caracteres",
                join(replace(lines, 3, lines.get(3).replaceFirst(";", ";" + "x".repeat(100_000))))));
        m.add(new Mutation("utf8-invalide-dans-une-ligne", invalidUtf8(real)));
        m.add(new Mutation("octets-aleatoires", random(4096, 7)));
        m.add(new Mutation("gzip", gzip(real)));
        m.add(utf8("page-html", "<!doctype html><html><body><h1>Erreur</h1></body></html>"));
        m.add(utf8("json", "{\"records\": [1, 2, 3]}"));
        for (int seed = 1; seed <= 10; seed++) {
            m.add(new Mutation("octets-inverses-graine-" + seed, flipped(real, seed, 20)));
        }
        for (int seed = 1; seed <= 5; seed++) {
            m.add(utf8("lignes-supprimees-graine-" + seed, join(withoutRandomLines(lines, seed, 3))));
        }
        m.add(new Mutation("fichier-de-50-mo", repeatedTo(real, FIFTY_MEGABYTES)));
        return m;
    }

    /** At least 50 mutations of a GeoJSON FeatureCollection of drawn sectors. */
    static List<Mutation> ofGeoJson(String real, String anotherTerritorysUai) {
        List<Mutation> m = new ArrayList<>();
        String firstFeature = real.substring(real.indexOf("{\"type\": \"Feature\""), real.indexOf("}}") + 2);
        UnaryOperator<String> onFeatures = f -> "{\"type\": \"FeatureCollection\", \"features\": [" + f + "]}";
        m.add(utf8("vide", ""));
        m.add(utf8("null", "null"));
        m.add(utf8("tableau", "[]"));
        m.add(utf8("objet-vide", "{}"));
        m.add(utf8("feature-seule", firstFeature));
        m.add(utf8("features-pas-un-tableau", "{\"type\": \"FeatureCollection\", \"features\": {}}"));
        m.add(utf8("aucune-feature", onFeatures.apply("")));
        m.add(utf8("tronque-50", real.substring(0, real.length() / 2)));
        m.add(utf8("tronque-90", real.substring(0, real.length() * 9 / 10)));
        m.add(utf8("tronque-1", real.substring(0, real.length() - 1)));
        m.add(utf8("nul-dans-une-chaine", real.replaceFirst("\"nom\": \"", "\"nom\": \"\0")));
        m.add(utf8("nul-au-debut", "\0" + real));
        m.add(utf8("nul-brut-entre-jetons", real.replaceFirst(",", ",\0")));
        m.add(new Mutation("utf-16", real.getBytes(StandardCharsets.UTF_16)));
        m.add(new Mutation(
                "windows-1252", real.replace("Centre", "Château").getBytes(Charset.forName("windows-1252"))));
        m.add(utf8("bom", "\uFEFF" + real));
        m.add(utf8("features-en-double", onFeatures.apply(firstFeature + ", " + firstFeature)));
        m.add(utf8("deux-documents", real + real));
        m.add(utf8("longitude-latitude-inversees", real.replaceAll("\\[(-?[0-9.]+), (-?[0-9.]+)\\]", "[$2, $1]")));
        m.add(utf8("coordonnees-en-texte", real.replaceAll("\\[(-?[0-9.]+), (-?[0-9.]+)\\]", "[\"$1\", \"$2\"]")));
        m.add(utf8("coordonnees-nan", real.replaceFirst("\\[(-?[0-9.]+), ", "[NaN, ")));
        m.add(utf8("coordonnees-infinies", real.replaceFirst("\\[(-?[0-9.]+), ", "[1e999, ")));
        m.add(utf8("coordonnees-enormes", real.replaceFirst("\\[(-?[0-9.]+), ", "[1e308, ")));
        m.add(utf8(
                "geometrie-point",
                onFeatures.apply(
                        feature("0351031F", "elementaire", "{\"type\": \"Point\", \"coordinates\": [-2.0, 48.64]}"))));
        m.add(utf8(
                "geometrie-ligne",
                onFeatures.apply(feature(
                        "0351031F",
                        "elementaire",
                        "{\"type\": \"LineString\", \"coordinates\": [[-2.0, 48.64], [-2.01, 48.65]]}"))));
        m.add(utf8(
                "geometrie-collection",
                onFeatures.apply(
                        feature("0351031F", "elementaire", "{\"type\": \"GeometryCollection\", \"geometries\": []}"))));
        m.add(
                utf8(
                        "sans-geometrie",
                        onFeatures.apply(
                                "{\"type\": \"Feature\", \"properties\": {\"uai\": \"0351031F\", \"niveau\": \"elementaire\"}}")));
        m.add(utf8("geometrie-nulle", onFeatures.apply(feature("0351031F", "elementaire", "null"))));
        m.add(utf8(
                "sans-proprietes",
                onFeatures.apply("{\"type\": \"Feature\", \"geometry\": " + square(-2.0, 48.64) + "}")));
        m.add(utf8("sans-uai", real.replace("\"uai\"", "\"code\"")));
        m.add(utf8("uai-invalide", real.replaceFirst("\"uai\": \"[^\"]*\"", "\"uai\": \"<script>\"")));
        m.add(utf8("niveau-inconnu", real.replaceFirst("\"niveau\": \"[^\"]*\"", "\"niveau\": \"lycee\"")));
        m.add(
                utf8(
                        "anneau-non-ferme",
                        onFeatures.apply(
                                feature(
                                        "0351031F",
                                        "elementaire",
                                        "{\"type\": \"Polygon\", \"coordinates\": [[[-2.0, 48.64], [-1.99, 48.64], [-1.99, 48.65], [-2.0, 48.65]]]}"))));
        m.add(utf8(
                "anneau-de-deux-points",
                onFeatures.apply(feature(
                        "0351031F",
                        "elementaire",
                        "{\"type\": \"Polygon\", \"coordinates\": [[[-2.0, 48.64], [-2.0, 48.64]]]}"))));
        m.add(
                utf8(
                        "polygone-en-noeud-papillon",
                        onFeatures.apply(
                                feature(
                                        "0351031F",
                                        "elementaire",
                                        "{\"type\": \"Polygon\", \"coordinates\": [[[-2.0, 48.64], [-1.99, 48.65], [-1.99, 48.64], [-2.0, 48.65], [-2.0, 48.64]]]}"))));
        m.add(utf8("imbrication-profonde", "[".repeat(100_000) + "]".repeat(100_000)));
        m.add(utf8("nom-de-100-000-caracteres", real.replaceFirst("\"nom\": \"", "\"nom\": \"" + "x".repeat(100_000))));
        m.add(utf8("page-html", "<!doctype html><html><body>Erreur</body></html>"));
        m.add(utf8("un-csv", "uai;niveau\r\n0351031F;elementaire\r\n"));
        m.add(new Mutation("octets-aleatoires", random(4096, 11)));
        m.add(new Mutation("gzip", gzip(real.getBytes(StandardCharsets.UTF_8))));
        m.add(utf8("proprietes-en-trop", real.replace("\"niveau\":", "\"couleur\": \"rouge\", \"niveau\":")));
        m.add(utf8(
                "ecole-d-un-autre-territoire",
                real.replaceFirst("\"uai\": \"[^\"]*\"", "\"uai\": \"" + anotherTerritorysUai + "\"")));
        m.add(utf8("polygone-a-paris", onFeatures.apply(feature("0351031F", "elementaire", square(2.35, 48.85)))));
        m.add(utf8("polygone-en-mer", onFeatures.apply(feature("0351031F", "elementaire", square(-30.0, 45.0)))));
        m.add(utf8("mille-features", onFeatures.apply(String.join(", ", Collections.nCopies(1000, firstFeature)))));
        m.add(utf8("virgule-finale", real.replaceFirst("\\]\\}$", ",]}")));
        m.add(utf8("commentaire", "// secteurs\n" + real));
        m.add(utf8("guillemets-simples", real.replace('"', '\'')));
        m.add(utf8("chaine-non-fermee", real.replaceFirst("\"nom\": \"([^\"]*)\"", "\"nom\": \"$1")));
        m.add(utf8("cles-en-double", real.replaceFirst("\"uai\":", "\"uai\": \"0000000A\", \"uai\":")));
        m.add(utf8(
                "multipolygone",
                real.replaceFirst(
                        "\"type\": \"Polygon\", \"coordinates\": (\\[\\[\\[[^}]*\\]\\]\\])",
                        "\"type\": \"MultiPolygon\", \"coordinates\": [$1]")));
        for (int seed = 1; seed <= 6; seed++) {
            m.add(new Mutation(
                    "octets-inverses-graine-" + seed, flipped(real.getBytes(StandardCharsets.UTF_8), seed, 5)));
        }
        m.add(new Mutation("fichier-de-50-mo", repeatedTo(real.getBytes(StandardCharsets.UTF_8), FIFTY_MEGABYTES)));
        return m;
    }

    static String feature(String uai, String niveau, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": {\"uai\": \"" + uai + "\", \"niveau\": \"" + niveau
                + "\", \"nom\": \"Secteur\"}, \"geometry\": " + geometry + "}";
    }

    /** A square of about 400 m around a point (longitude, latitude). */
    static String square(double lon, double lat) {
        double d = 0.003;
        return String.format(
                java.util.Locale.ROOT,
                "{\"type\": \"Polygon\", \"coordinates\": [[[%.5f, %.5f], [%.5f, %.5f], "
                        + "[%.5f, %.5f], [%.5f, %.5f], [%.5f, %.5f]]]}",
                lon - d,
                lat - d,
                lon + d,
                lat - d,
                lon + d,
                lat + d,
                lon - d,
                lat + d,
                lon - d,
                lat - d);
    }

    private static Mutation utf8(String name, String text) {
        return new Mutation(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String join(List<String> lines) {
        return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
    }

    private static List<String> replace(List<String> lines, int index, String line) {
        var copy = new ArrayList<>(lines);
        copy.set(index, line);
        return copy;
    }

    private static List<String> insert(List<String> lines, int index, String line) {
        var copy = new ArrayList<>(lines);
        copy.add(index, line);
        return copy;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var copy = new ArrayList<>(a);
        copy.addAll(b);
        return copy;
    }

    private static String dropCell(String line, int column) {
        var cells = new ArrayList<>(List.of(line.split(";", -1)));
        if (column < cells.size()) {
            cells.remove(column);
        }
        return String.join(";", cells);
    }

    private static List<String> shuffled(List<String> lines, long seed) {
        var body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(body, new Random(seed));
        body.addFirst(lines.getFirst());
        return body;
    }

    private static List<String> reversedBody(List<String> lines) {
        var body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(body);
        body.addFirst(lines.getFirst());
        return body;
    }

    private static List<String> withoutRandomLines(List<String> lines, long seed, int count) {
        var copy = new ArrayList<>(lines);
        var random = new Random(seed);
        for (int i = 0; i < count; i++) {
            copy.remove(1 + random.nextInt(copy.size() - 1));
        }
        return copy;
    }

    private static byte[] cutInsideMultibyte(byte[] real) {
        for (int i = real.length / 2; i < real.length; i++) {
            if ((real[i] & 0xe0) == 0xc0) {
                return Arrays.copyOf(real, i + 1);
            }
        }
        return Arrays.copyOf(real, real.length - 1);
    }

    private static byte[] invalidUtf8(byte[] real) {
        byte[] copy = real.clone();
        int at = copy.length / 3;
        copy[at] = (byte) 0xc3;
        copy[at + 1] = (byte) 0x28;
        return copy;
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] flipped(byte[] real, long seed, int count) {
        byte[] copy = real.clone();
        var random = new Random(seed);
        for (int i = 0; i < count; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] repeatedTo(byte[] real, int size) {
        byte[] out = new byte[size];
        for (int at = 0; at < size; at += real.length) {
            System.arraycopy(real, 0, out, at, Math.min(real.length, size - at));
        }
        return out;
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
