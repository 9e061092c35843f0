package fr.monenfantalecole.portail.shared;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** A readable line-by-line comparison of two texts: unchanged, removed and added lines. */
public final class TextDiff {

    private TextDiff() {}

    /** One line of the comparison. */
    public record Line(Kind kind, String text) {

        public enum Kind {
            SAME,
            REMOVED,
            ADDED
        }
    }

    /** Where the first change is, for a link that jumps to it; -1 when nothing changed. */
    public static int firstChange(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != Line.Kind.SAME) {
                return i;
            }
        }
        return -1;
    }

    public static List<Line> between(String before, String after) {
        return between(before.lines().toList(), after.lines().toList());
    }

    public static List<Line> between(List<String> a, List<String> b) {
        var patch = DiffUtils.diff(a, b);
        List<Line> result = new ArrayList<>();
        int index = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; index < delta.getSource().getPosition(); index++) {
                result.add(new Line(Line.Kind.SAME, a.get(index)));
            }
            delta.getSource().getLines().forEach(l -> result.add(new Line(Line.Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> result.add(new Line(Line.Kind.ADDED, l)));
            index = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (; index < a.size(); index++) {
            result.add(new Line(Line.Kind.SAME, a.get(index)));
        }
        return result;
    }
}
