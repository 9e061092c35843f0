package fr.monenfantalecole.portail.fiche;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** A readable line-by-line comparison of two versions of a sheet. */
public final class VersionDiff {

    private VersionDiff() {}

    /** One line of the comparison: unchanged, removed or added. */
    public record Line(Kind kind, String text) {

        public enum Kind { SAME, REMOVED, ADDED }
    }

    public static List<Line> between(FicheContent before, FicheContent after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
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

    /** The whole content as the lines an editor compares. */
    static List<String> lines(FicheContent c) {
        List<String> lines = new ArrayList<>();
        lines.add("Question : " + c.titre());
        c.questions().forEach(q -> lines.add("Autre formulation : " + q));
        lines.add("## En bref");
        lines.addAll(c.bref().lines().toList());
        lines.add("## En détail");
        lines.addAll(c.detail().lines().toList());
        c.sources().forEach(s -> lines.add("Source : " + s));
        if (!c.liees().isEmpty()) {
            lines.add("Fiches liées : " + String.join(", ", c.liees()));
        }
        return lines;
    }
}
