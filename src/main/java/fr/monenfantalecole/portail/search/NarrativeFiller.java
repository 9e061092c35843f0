package fr.monenfantalecole.portail.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a parent wraps a question in when writing it as a message ("Bonjour, je voudrais savoir
 * …, merci d'avance"): greetings, politeness, "I would like to know". They say nothing of which
 * sheet answers, yet each counted like the words that do, and an unknown one was even matched
 * within a typo of some word of the texts. They are left out of a long question (from {@link
 * #FROM} words); a short one is left as typed, so keyword queries rank as before.
 */
final class NarrativeFiller {

    /** From how many words a query is a long question whose wrapping words are left out. */
    static final int FROM = 5;

    /** Folded, lower case. Only words that never name what a sheet is about. */
    static final Set<String> WORDS = Set.of(
            "bonjour",
            "bonsoir",
            "salut",
            "coucou",
            "hello",
            "merci",
            "mercii",
            "svp",
            "stp",
            "cordialement",
            "cdt",
            "madame",
            "monsieur",
            "mme",
            "voudrais",
            "voudrait",
            "voudrions",
            "voulais",
            "voulait",
            "aimerais",
            "aimerait",
            "aimerions",
            "souhaiterais",
            "souhaiterait",
            "souhaite",
            "savoir",
            "sais",
            "sait",
            "question",
            "questions",
            "renseigner",
            "renseignement",
            "renseignements",
            "infos",
            "ca",
            "cela",
            "ceci",
            "voila",
            "alors",
            "donc",
            "bien",
            "tres",
            "vraiment",
            "deja",
            "aussi",
            "encore",
            "quelqu",
            "quelque",
            "chose",
            "choses",
            "truc",
            "trucs",
            "avance",
            "pouvez",
            "pourriez",
            "pourrais",
            "pourrait",
            "expliquer",
            "indiquer",
            "actuellement",
            "beaucoup",
            "jai",
            "cest",
            "svpl");

    /**
     * Words that set the scene of a long question rather than ask it: who (the family), when (a
     * month), how old. "Mon petit rentre en septembre, que fait-on en maternelle" asks about
     * maternelle, not about September. Weighed down in long questions, never left out: "vacances de
     * février" asks about February.
     */
    static final String SCENE = "janvier février mars avril mai juin juillet août septembre octobre novembre"
            + " décembre ans an âgé âgée fils fille filles garçon garçons petit petite petits aîné aînée"
            + " cadet cadette mari femme conjoint maman papa mère père frère sœur soeur frères sœurs bébé"
            // Light verbs of simple French ("aller à l'école", "faire quoi", "mettre mon fils"): they carry
            // the sentence, the noun beside them says which sheet answers.
            + " aller va vais vas vont faire fais fait mettre met mets prendre prend prends dire dit";

    /** How much a scene word counts in a long question, against 1 for the others. */
    static final float SCENE_WEIGHT = 0.25f;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private NarrativeFiller() {}

    /** The text without its wrapping words when it is a long question, else as typed. */
    static String strip(String text) {
        var matcher = WORD.matcher(text);
        int words = 0;
        while (matcher.find()) {
            words++;
        }
        if (words < FROM) {
            return text;
        }
        String stripped = WORD.matcher(text).replaceAll(m -> WORDS.contains(folded(m.group())) ? " " : m.group());
        return stripped.isBlank() ? text : stripped;
    }

    static String folded(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
