package fr.monenfantalecole.portail.shared;

/**
 * How many typing mistakes separate two words: letters added, left out or changed, and two
 * neighbouring letters swapped ("avneue", "inscirption"), each counting one edit (the optimal
 * string alignment distance). Bounded: the comparison stops as soon as the distance is sure to
 * exceed {@code max}, which is what callers comparing one word with many others need (most words
 * are far). Neither Lucene nor the libraries on the classpath offer a bounded distance with swaps.
 */
public final class EditDistance {

    private EditDistance() {}

    /** The distance between a and b, or {@code max + 1} as soon as it is sure to exceed max. */
    public static int bounded(CharSequence a, CharSequence b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = before;
            before = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
