package fr.monenfantalecole.portail.search;

import java.util.List;

/**
 * Words of simple French as parents type it on a phone, with no article, "pas" without "ne", "je" or
 * "vous": the modal verbs ("je veux mettre mon fils…", "vous pouvez…") say what the parent wants to
 * do, never which sheet answers, so they are stop words on both sides. "Veut" stays a word: "il ne
 * veut plus aller à l'école" is what a sheet about school refusal says.
 */
final class SimpleFrench {

    /** Folded, lower case: removed like the other stop words (index and query). */
    static final List<String> MODAL_VERBS =
            List.of("veux", "voulez", "voulons", "pouvez", "pouvons", "peuvent", "devez", "devons", "doivent");

    private SimpleFrench() {}
}
