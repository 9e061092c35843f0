package fr.monenfantalecole.portail.search;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A general French thesaurus, independent of the portal's texts and of any query: the thesaurus of
 * LibreOffice (MyThes format, LGPL 2.1+, {@code search/thesaurus/}, see its SOURCES.md), 36,000
 * entries. A parent tells a story in words no sheet uses ("une morsure sur la joue", "on vient d'être
 * mutés"); the thesaurus gives the words a sheet may use instead. A thesaurus lists every sense of a
 * word ("garder": conserver, surveiller, protéger, économiser…), so only the pairs it gives both ways
 * are kept: "morsure" gives "blessure" only when "blessure" also gives "morsure". Accents folded, as
 * parents type them on a phone; single words only.
 */
final class FrenchThesaurus {

    static final String RESOURCE = "search/thesaurus/thes_fr.dat";

    static final FrenchThesaurus NONE = new FrenchThesaurus(Map.of());

    private static final Logger log = LoggerFactory.getLogger(FrenchThesaurus.class);

    private final Map<String, List<String>> synonyms;

    private FrenchThesaurus(Map<String, List<String>> synonyms) {
        this.synonyms = synonyms;
    }

    /** The synonyms of a folded, lower-case word, in the thesaurus's order; none when it has no entry. */
    List<String> of(String word) {
        return synonyms.getOrDefault(word, List.of());
    }

    int size() {
        return synonyms.size();
    }

    /** The thesaurus of this file, or none when there is no file or it cannot be read (logged). */
    static FrenchThesaurus load(@Nullable Callable<InputStream> file) {
        if (file == null) {
            return NONE;
        }
        long start = System.nanoTime();
        try (var in = file.call()) {
            var thesaurus = parse(in);
            log.info(
                    "Thésaurus français chargé en {} ms ({} mots)",
                    (System.nanoTime() - start) / 1_000_000,
                    thesaurus.size());
            return thesaurus;
        } catch (Exception e) {
            log.error("Thésaurus français illisible, la recherche s'en passe", e);
            return NONE;
        }
    }

    /**
     * Reads the MyThes text format: a first line naming the encoding, then for each entry a line
     * {@code mot|n} followed by n lines {@code (catégorie)|synonyme|synonyme…}, one per sense.
     */
    static FrenchThesaurus parse(InputStream in) throws java.io.IOException {
        Map<String, Set<String>> given = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            String entry = null;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (!line.startsWith("(")) {
                    entry = single(parts[0]);
                    continue;
                }
                if (entry == null) {
                    continue;
                }
                var words = given.computeIfAbsent(entry, k -> new LinkedHashSet<>());
                for (int i = 1; i < parts.length; i++) {
                    String word = single(parts[i]);
                    if (word != null && !word.equals(entry)) {
                        words.add(word);
                    }
                }
            }
        }
        Map<String, List<String>> both = new HashMap<>();
        given.forEach((word, others) -> {
            List<String> kept = new ArrayList<>();
            for (String other : others) {
                if (given.getOrDefault(other, Set.of()).contains(word)) {
                    kept.add(other);
                }
            }
            if (!kept.isEmpty()) {
                both.put(word, List.copyOf(kept));
            }
        });
        return new FrenchThesaurus(Map.copyOf(both));
    }

    /** The word folded and in lower case, null when it is several words or none. */
    private static @Nullable String single(String text) {
        String word = FrenchLexicon.fold(text.strip()).toLowerCase(Locale.ROOT);
        return word.isEmpty() || !word.chars().allMatch(Character::isLetter) ? null : word;
    }
}
