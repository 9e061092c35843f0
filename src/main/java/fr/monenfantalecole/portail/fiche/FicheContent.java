package fr.monenfantalecole.portail.fiche;

import java.util.List;

/**
 * What an author writes: the question, other ways to ask it, the short answer, the detail, the
 * official sources ("Label" or "Label | https://…"), related sheets, and the facts to re-check at
 * each rentrée ("what | valid for | source", see {@link YearlyFact}), which parents never see.
 */
public record FicheContent(
        String titre,
        List<String> questions,
        String bref,
        String detail,
        List<String> sources,
        List<String> liees,
        List<String> aReverifier) {

    public FicheContent {
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
        liees = List.copyOf(liees);
        aReverifier = List.copyOf(aReverifier);
    }

    /** A sheet with no yearly fact (local sheets have none). */
    public FicheContent(
            String titre,
            List<String> questions,
            String bref,
            String detail,
            List<String> sources,
            List<String> liees) {
        this(titre, questions, bref, detail, sources, liees, List.of());
    }
}
