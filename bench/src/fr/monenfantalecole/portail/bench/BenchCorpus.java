package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.fiche.BenchFiches;
import fr.monenfantalecole.portail.school.BenchAnnuaire;
import fr.monenfantalecole.portail.search.BenchRanking;
import fr.monenfantalecole.portail.search.ForeignWords;
import fr.monenfantalecole.portail.search.FrenchAnalyzers;
import fr.monenfantalecole.portail.search.FrenchLexicon;
import fr.monenfantalecole.portail.search.SearchDocument;
import fr.monenfantalecole.portail.search.SearchDocuments;
import fr.monenfantalecole.portail.search.SearchIndex;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * The demo corpus read straight from the repository (no database): the national sheets, and the
 * écoles and collèges of the Annuaire. What the benchmarks search.
 */
public final class BenchCorpus {

    public static final Path RESOURCES = Path.of("src/main/resources");

    /** The French lexicon of the application, loaded once per JVM (about a second of one core). */
    public static final FrenchLexicon LEXICON = FrenchLexicon.load(
            () -> Files.newInputStream(RESOURCES.resolve("search/hunspell/fr.aff")),
            () -> Files.newInputStream(RESOURCES.resolve("search/hunspell/fr.dic")),
            () -> Files.newInputStream(RESOURCES.resolve("search/thesaurus/thes_fr.dat")));

    private BenchCorpus() {}

    /** A commune collectivité as the services see it (their memory is per collectivité id). */
    public static Collectivite commune(long id, String slug, String nom, String codeInsee) {
        return new Collectivite(
                id,
                slug,
                CollectiviteType.COMMUNE,
                nom,
                codeInsee,
                null,
                "Rennes",
                "B",
                null,
                "#000000",
                "#ffffff",
                null,
                null,
                true,
                true,
                false,
                false,
                null,
                1,
                Instant.EPOCH);
    }

    /**
     * The index of the demo corpus; {@code -Dsans-reclassement=true} keeps the ranking's order (no second
     * reading of the first hits, see search.Reranking), to measure what the second reading changes.
     */
    public static SearchIndex index(boolean withEstablishments) throws IOException {
        var index = new SearchIndex(analyzers(), documents(withEstablishments));
        if (Boolean.getBoolean("sans-reclassement")) {
            BenchRanking.rerank(index, false);
        }
        return index;
    }

    public static FrenchAnalyzers analyzers() throws IOException {
        return new FrenchAnalyzers(
                Files.newInputStream(RESOURCES.resolve("search/synonymes.txt")),
                Files.newInputStream(RESOURCES.resolve("search/lemmes.txt")),
                ForeignWords.parse(Files.newInputStream(RESOURCES.resolve("search/langues.txt"))),
                LEXICON);
    }

    public static List<SearchDocument> documents(boolean withEstablishments) throws IOException {
        Map<String, String> themes = tsv("content/themes.tsv", "theme_id", "label_fr");
        List<SearchDocument> docs = new ArrayList<>();
        try (var files = Files.walk(RESOURCES.resolve("fiches"))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                BenchFiches.searchDocument(Files.readString(file), themes).ifPresent(docs::add);
            }
        }
        if (withEstablishments) {
            BenchAnnuaire.etablissements(Files.readAllBytes(RESOURCES.resolve("opendata/fr-en-annuaire-education.csv")))
                    .stream()
                    .filter(e -> e.niveau() != null)
                    .forEach(e -> docs.add(SearchDocuments.establishment(e)));
        }
        return docs;
    }

    /** Two columns of a TSV file of the editorial plan, as a map. */
    public static Map<String, String> tsv(String path, String key, String value) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(path), StandardCharsets.UTF_8);
                var parser = CSVFormat.TDF
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            parser.forEach(r -> map.put(r.get(key), r.get(value)));
        }
        return map;
    }
}
