package fr.monenfantalecole.portail.fiche;

import java.util.List;

/**
 * What an author writes: the question, other ways to ask it, the short answer, the detail, the
 * official sources ("Label" or "Label | https://…") and related sheets.
 */
public record FicheContent(
        String titre, List<String> questions, String bref, String detail, List<String> sources, List<String> liees) {

    public FicheContent {
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
        liees = List.copyOf(liees);
    }
}
