package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchIndex;
import java.io.IOException;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Long questions made from the development set: each query is told the way a parent writes a
 * message (a greeting, a child, a class, a thanks around the few words that matter), with one of a
 * few fixed frames chosen by a hash of the query. It measures whether the words that matter still
 * decide the ranking among many that do not, per half (tune on the first, report the second).
 * Synthetic: the frames were written once, without looking at any blind set, and the held-out half
 * has frames of its own; real long questions are judged on the blind sets. Run after
 * bench/run.sh search quality (which compiles): java -cp … fr.monenfantalecole.portail.bench.SearchNarrative [-v].
 */
public final class SearchNarrative {

    /** Frames around the query ("%s"), as parents write to the town hall. */
    static final List<String> FRAMES = List.of(
            "Bonjour, je voudrais savoir %s, merci d'avance",
            "Mon fils est en CE2 et on se pose une question : %s ?",
            "Bonjour madame, ma fille a 8 ans, %s, comment ça se passe pour elle ?",
            "Nous avons deux enfants à l'école et nous aimerions savoir %s. Cordialement",
            "salut jai une question pour mon petit qui rentre en septembre %s svp",
            "Bonsoir, on vient d'arriver dans la commune avec les enfants, %s, qui peut me renseigner ?");

    /**
     * Other frames for the held-out half, written before any figure was seen, with wrapping words
     * the engine's list of them does not hold ("je me permets", "saurait me dire", "remercie").
     */
    static final List<String> REPORT_FRAMES = List.of(
            "Re bonjour, petite question, mon aîné est au collège, %s ? je vous remercie",
            "Bonjour à tous, est-ce que quelqu'un saurait me dire %s pour ma petite de 4 ans",
            "on habite ici depuis l'an dernier et je me demande %s, merci pour votre aide",
            "Excusez-moi, je suis maman de trois enfants, %s, je ne trouve pas l'information",
            "Madame, Monsieur, je me permets de vous écrire car %s. Bien à vous",
            "ma femme et moi nous voulons savoir %s pour notre fils de 10 ans");

    private SearchNarrative() {}

    static String told(String query, SearchQuality.Half half) {
        var crc = new CRC32();
        crc.update(query.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var frames = half == SearchQuality.Half.TUNE ? FRAMES : REPORT_FRAMES;
        return frames.get((int) (crc.getValue() % frames.size())).formatted(query);
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        try (SearchIndex index = BenchCorpus.index(true)) {
            var cases = SearchQuality.cases();
            for (var half : SearchQuality.Half.values()) {
                var told = cases.stream()
                        .filter(c -> c.half() == half)
                        .map(c -> new SearchQuality.Case(told(c.query(), half), c.expected(), c.source()))
                        .toList();
                SearchQuality.report(
                        index,
                        told,
                        "narrative " + half.name().toLowerCase(),
                        verbose && half == SearchQuality.Half.TUNE);
            }
        }
    }
}
