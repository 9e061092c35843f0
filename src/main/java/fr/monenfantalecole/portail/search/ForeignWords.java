package fr.monenfantalecole.portail.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Words of other languages (English first) that parents with little French type, rewritten into
 * the French of the sheets before the query is analysed: "school lunch price" searches "cantine
 * tarif". Only words the portal's texts never use are rewritten ("principal", "bus" or "note" stay
 * French), so a French query is never changed; English function words are dropped the same way.
 */
public final class ForeignWords {

    static final int LONGEST = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Folded word sequences (joined by a space) to their French replacement ("" to drop them). */
    private final Map<String, String> entries;

    private ForeignWords(Map<String, String> entries) {
        this.entries = entries;
    }

    /** Lines "foreign, foreign phrase => mots français"; '#' starts a comment. */
    public static ForeignWords parse(InputStream file) {
        Map<String, String> entries = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                int arrow = line.indexOf("=>");
                if (line.isBlank() || line.strip().startsWith("#") || arrow < 0) {
                    continue;
                }
                String french = line.substring(arrow + 2).strip();
                for (String foreign : line.substring(0, arrow).split(",")) {
                    String key = String.join(" ", words(foreign));
                    if (!key.isEmpty() && words(foreign).size() <= LONGEST) {
                        entries.putIfAbsent(key, french);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ForeignWords(Map.copyOf(entries));
    }

    public static ForeignWords none() {
        return new ForeignWords(Map.of());
    }

    int size() {
        return entries.size();
    }

    /**
     * The text with each known foreign word or phrase (the longest first) replaced by its French,
     * when the portal's texts do not use it ({@code french} says which folded words they use; a
     * phrase is rewritten when one of its words is foreign). Unchanged when nothing is foreign; once
     * a word is foreign, the query is read as foreign whole: "the" or "are" are then English, not
     * the folded "thé" or "are" of the texts.
     */
    public String toFrench(String text, Predicate<String> french) {
        if (entries.isEmpty()) {
            return text;
        }
        String rewritten = rewrite(text, french);
        return rewritten.equals(text) ? text : rewrite(text, word -> false);
    }

    private String rewrite(String text, Predicate<String> french) {
        List<int[]> spans = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            folded.add(fold(m.group()));
        }
        var out = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        for (int i = 0; i < folded.size(); ) {
            int matched = 0;
            String replacement = "";
            for (int n = Math.min(LONGEST, folded.size() - i); n >= 1 && matched == 0; n--) {
                var phrase = folded.subList(i, i + n);
                String french2 = entries.get(String.join(" ", phrase));
                if (french2 != null && !phrase.stream().allMatch(french)) {
                    matched = n;
                    replacement = french2;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            out.append(text, copied, spans.get(i)[0]).append(replacement);
            copied = spans.get(i + matched - 1)[1];
            changed = true;
            i += matched;
        }
        return changed ? out.append(text, copied, text.length()).toString() : text;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(fold(m.group()));
        }
        return words;
    }

    static String fold(String word) {
        char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[chars.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
        return new String(out, 0, length);
    }
}
