package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.TextDiff;
import java.util.ArrayList;
import java.util.List;

/** A readable line-by-line comparison of two versions of a sheet. */
final class VersionDiff {

    private VersionDiff() {}

    /** The two versions compared line by line, as {@link #lines} writes them out. */
    public static List<TextDiff.Line> between(FicheContent before, FicheContent after) {
        return TextDiff.between(lines(before), lines(after));
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
        c.aReverifier().forEach(f -> lines.add("À revérifier : " + f));
        if (!c.liees().isEmpty()) {
            lines.add("Fiches liées : " + String.join(", ", c.liees()));
        }
        return lines;
    }
}
