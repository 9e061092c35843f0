package fr.monenfantalecole.portail.fiche;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A national sheet as typed in the editor: lists one item per line. */
public record EditorForm(
        @Nullable String titre,
        @Nullable String questions,
        @Nullable String bref,
        @Nullable String detail,
        @Nullable String sources,
        @Nullable String liees,
        @Nullable String aReverifier) {

    static EditorForm of(FicheContent c) {
        return new EditorForm(
                c.titre(),
                String.join("\n", c.questions()),
                c.bref(),
                c.detail(),
                String.join("\n", c.sources()),
                String.join(", ", c.liees()),
                String.join("\n", c.aReverifier()));
    }

    public FicheContent content() {
        return new FicheContent(
                text(titre),
                lines(questions),
                text(bref),
                text(detail),
                lines(sources),
                liees == null
                        ? List.of()
                        : Arrays.stream(liees.toUpperCase().split("[\\s,;]+"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .distinct()
                                .toList(),
                lines(aReverifier));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    private static List<String> lines(@Nullable String value) {
        return value == null
                ? List.of()
                : value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
