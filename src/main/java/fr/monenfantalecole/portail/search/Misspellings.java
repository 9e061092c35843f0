package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Query-side correction of misspelt words, inside ranking: a word that no text of the index uses,
 * neither as written nor once stemmed (nor through a synonym), is replaced by the word of the index
 * it most probably stands for, before the query is analysed, so that the corrected word counts in
 * every field (titles, questions, synonyms, phrases) like a word typed right. In order: an SMS form
 * ({@link SmsWords}); an elided article glued to its word ("lecole"); the most frequent word of the
 * index that sounds the same ({@link FrenchSounds}: "metresse", "inscripsion", "cantinne",
 * "dislexique"); else the closest word within one typo (two from 10 letters) by Lucene's spell
 * checker, the most frequent first. The sound map is built once per index from its own terms.
 *
 * <p>The only spelling correction of the search: the results page and the JSON API show the words
 * this replaced ({@link #corrections}), never a second opinion, so a correction shown is the one
 * searched.
 */
final class Misspellings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    /** From how many letters a word is corrected by edits (a four-letter one only by a letter left out). */
    static final int EDITS_FROM = 4;

    private final IndexReader reader;
    private final IndexVocabulary vocabulary;
    private final FrenchAnalyzers analyzers;
    /** Sound key to the most frequent word of the texts that has it, with its document frequency. */
    private final Map<String, Known> sounds = new HashMap<>();

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    private record Known(String word, int df) {}

    Misspellings(IndexReader reader, FrenchAnalyzers analyzers) {
        this.reader = reader;
        this.vocabulary = new IndexVocabulary(reader, analyzers);
        this.analyzers = analyzers;
        try {
            var terms = MultiTerms.getTerms(reader, "spell");
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    String word = t.utf8ToString();
                    if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)) {
                        int df = it.docFreq();
                        sounds.merge(FrenchSounds.key(word), new Known(word, df), (a, b) -> a.df() >= b.df() ? a : b);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectSpellChecker checker(int edits) {
        var checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
        return checker;
    }

    /** A text as the ranking reads it: each replaced word, as typed and as read, in the order of the text. */
    record Correction(String text, List<Replacement> replaced) {

        Correction {
            replaced = List.copyOf(replaced);
        }

        boolean changed() {
            return !replaced.isEmpty();
        }
    }

    /** One word replaced: as typed (with its elided article, if any) and as the ranking reads it. */
    record Replacement(String typed, String read) {}

    /** The text with each word that the index does not know replaced by its probable correction. */
    String correct(String text) {
        return corrections(text).text();
    }

    /** The text corrected, with what was replaced: the one spelling correction, shown as it was searched. */
    Correction corrections(String text) {
        var m = WORD.matcher(text);
        var out = new StringBuilder();
        List<Replacement> replaced = new ArrayList<>();
        int copied = 0;
        while (m.find()) {
            String word = m.group();
            String folded = ForeignWords.fold(word);
            int apostrophe = Math.max(folded.indexOf('\''), folded.indexOf('’'));
            String prefix = "";
            if (apostrophe > 0) {
                if (!FrenchAnalyzers.ELISIONS.contains(folded.substring(0, apostrophe))) {
                    continue;
                }
                prefix = folded.substring(0, apostrophe + 1);
                folded = folded.substring(apostrophe + 1);
            }
            String corrected = correctWord(folded);
            if (corrected != null) {
                out.append(text, copied, m.start()).append(prefix).append(corrected);
                replaced.add(new Replacement(word, prefix + corrected));
                copied = m.end();
            }
        }
        return replaced.isEmpty()
                ? new Correction(text, List.of())
                : new Correction(out.append(text, copied, text.length()).toString(), replaced);
    }

    /** The correction of one folded word, null when it is known or nothing is close enough. */
    @Nullable
    String correctWord(String word) {
        String sms = SmsWords.FORMS.get(word);
        if (sms != null && df("spell", word) == 0) {
            return sms;
        }
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter) || isKnown(word)) {
            return null;
        }
        for (String elision : List.of("l", "d", "j", "qu", "n", "s", "m", "t", "c")) {
            String rest = word.substring(Math.min(elision.length(), word.length()));
            if (word.startsWith(elision) && rest.length() >= 4 && df("spell", rest) > 0) {
                return elision + "'" + rest;
            }
        }
        Known same = sounds.get(FrenchSounds.key(word));
        if (same != null && FrenchSounds.close(word, same.word())) {
            return same.word();
        }
        if (word.length() < EDITS_FROM || isRealWord(word)) {
            return null;
        }
        try {
            var checker = word.length() >= 10 ? twoEdits : oneEdit;
            var suggestions = checker.suggestSimilar(new Term("spell", word), 5, reader, SuggestMode.SUGGEST_ALWAYS);
            for (var s : suggestions) {
                // A four-letter word is corrected only by a letter left out ("ecol", "tarf"): a
                // changed letter in so short a word reaches too many other words.
                if (word.length() > 4 || s.string.length() > word.length()) {
                    return s.string;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the French lexicon knows this word: a real word the texts do not use ("menton") is not
     * a typo of a word they use ("mention"), so it is never corrected by edits.
     */
    private boolean isRealWord(String word) {
        return analyzers.lexicon().isWord(word);
    }

    private boolean isKnown(String word) {
        return vocabulary.knows(word);
    }

    private int df(String field, String term) {
        return vocabulary.df(field, term);
    }
}
