package fr.monenfantalecole.portail.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full French lexicon, independent of the portal's texts and of any query: the Hunspell French
 * dictionary "classique" of Dicollecte / Grammalecte (v7.0, MPL 2.0, {@code search/hunspell/}, see
 * its SOURCES.md), read by Lucene's own Hunspell. It knows every inflected form of its 84,000 entries:
 * whether a typed word is a real French word, and the lemma of a conjugated or inflected one
 * ("inscrivons" → inscrire, "déménageront" → déménager, "peux" → pouvoir). Accents are folded on both
 * sides, as parents type them on a phone ("demenageront" is the same word). Loaded once, in the
 * background, while the application starts; the first look-up waits for it.
 */
public final class FrenchLexicon {

    private static final Logger log = LoggerFactory.getLogger(FrenchLexicon.class);

    /** Lines of the affix file used by suggestions only (this lexicon never suggests). */
    private static final List<String> SUGGESTION_ONLY = List.of("MAP", "REP", "KEY", "TRY");

    private final CompletableFuture<Optional<Hunspell>> hunspell;
    private final CompletableFuture<FrenchThesaurus> thesaurus;

    private FrenchLexicon(
            CompletableFuture<Optional<Hunspell>> hunspell, CompletableFuture<FrenchThesaurus> thesaurus) {
        this.hunspell = hunspell;
        this.thesaurus = thesaurus;
    }

    /** No lexicon: every word is unknown to it. */
    public static FrenchLexicon none() {
        return new FrenchLexicon(
                CompletableFuture.completedFuture(Optional.empty()),
                CompletableFuture.completedFuture(FrenchThesaurus.NONE));
    }

    /**
     * The dictionary of {@code search/hunspell/} and the thesaurus of {@code search/thesaurus/} on the
     * class path, loaded in the background.
     */
    public static FrenchLexicon french() {
        return load(
                () -> resource("search/hunspell/fr.aff"),
                () -> resource("search/hunspell/fr.dic"),
                () -> resource(FrenchThesaurus.RESOURCE));
    }

    /** A Hunspell dictionary (affix file and word list), loaded in the background; no thesaurus. */
    public static FrenchLexicon load(Callable<InputStream> affixes, Callable<InputStream> words) {
        return load(affixes, words, null);
    }

    /** A Hunspell dictionary and a MyThes thesaurus (or none), loaded in the background. */
    public static FrenchLexicon load(
            Callable<InputStream> affixes, Callable<InputStream> words, @Nullable Callable<InputStream> synonyms) {
        var loading = new CompletableFuture<Optional<Hunspell>>();
        var thesaurus = new CompletableFuture<FrenchThesaurus>();
        Thread.ofPlatform().daemon().name("lexique-fr").start(() -> {
            long start = System.nanoTime();
            try (var affixFile = affixes.call();
                    var wordFile = words.call()) {
                var dictionary = new Dictionary(
                        folded(affixFile, true), List.of(folded(wordFile, false)), true, SortingStrategy.inMemory());
                loading.complete(Optional.of(new Hunspell(dictionary)));
                log.info("Lexique français chargé en {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (Exception | LinkageError e) {
                log.error("Lexique français illisible, la recherche s'en passe", e);
                loading.complete(Optional.empty());
            }
        });
        Thread.ofPlatform()
                .daemon()
                .name("thesaurus-fr")
                .start(() -> thesaurus.complete(FrenchThesaurus.load(synonyms)));
        return new FrenchLexicon(loading, thesaurus);
    }

    /**
     * Words the thesaurus gives for this folded, lower-case word (folded, single words, both ways:
     * each also lists this word among its own), none when it has no entry.
     */
    public List<String> synonyms(String word) {
        return thesaurus.join().of(word);
    }

    /** Whether this folded, lower-case word is a French word (any inflected form of an entry). */
    public boolean isWord(String word) {
        var lexicon = hunspell.join();
        return lexicon.isPresent() && !word.isEmpty() && lexicon.get().spell(word);
    }

    /** The entries this folded, lower-case word is a form of (folded): "payons" → [payer]; none when unknown. */
    public List<String> lemmas(String word) {
        var lexicon = hunspell.join();
        if (lexicon.isEmpty() || word.isEmpty()) {
            return List.of();
        }
        return lexicon.get().getRoots(word).stream().distinct().toList();
    }

    static InputStream resource(String path) throws IOException {
        var stream = FrenchLexicon.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IOException("Ressource absente : " + path);
        }
        return stream;
    }

    /**
     * The file with its letters folded to ASCII ("é" → "e", "œ" → "oe"). The affix flags of this
     * dictionary are ASCII ({@code FLAG long}), so folding leaves them as they are; affix conditions
     * and the words fold alike.
     */
    private static InputStream folded(InputStream file, boolean affixes) throws IOException {
        String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        var out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            if (affixes && SUGGESTION_ONLY.stream().anyMatch(line::startsWith)) {
                continue;
            }
            out.append(fold(line)).append('\n');
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String fold(String line) {
        char[] chars = line.toCharArray();
        char[] out = new char[chars.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
        return new String(out, 0, length);
    }
}
