package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.fiche.HiddenFiches;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The search API's answers are kept while the index and the collectivité's scope stay the same, and
 * not after: an index rebuilt (any content change on any node) or a scope forgotten (a sheet hidden)
 * gives a new answer. That the new answer is right is SearchScopesIntegrationTest's.
 */
@PortailTest
class SearchAnswerCacheIntegrationTest {

    @Autowired
    SearchAnswers answers;

    @Autowired
    SearchService search;

    @Autowired
    TemporaryCollectivites temporary;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anAnswerIsKeptUntilTheIndexOrTheScopeChanges() {
        var commune = temporary.create("recherche-gardee", "Commune de la recherche gardée");
        try {
            keptUntilTheIndexOrTheScopeChanges(commune);
        } finally {
            temporary.delete(commune);
        }
    }

    private void keptUntilTheIndexOrTheScopeChanges(Collectivite commune) {
        var first = answers.search(commune, "inscription cantine", 10);
        assertThat(first.hits()).isNotEmpty();
        assertThat(answers.search(commune, "inscription cantine", 10)).isSameAs(first);
        assertThat(answers.search(commune, "inscription cantine", 5)).isNotSameAs(first);

        search.rebuildNow();
        var afterRebuild = answers.search(commune, "inscription cantine", 10);
        assertThat(afterRebuild).isNotSameAs(first);
        assertThat(afterRebuild.hits().stream().map(SearchIndex.Hit::id))
                .containsExactlyElementsOf(
                        first.hits().stream().map(SearchIndex.Hit::id).toList());

        events.publishEvent(new HiddenFiches.Changed(commune.id()));
        assertThat(answers.search(commune, "inscription cantine", 10)).isNotSameAs(afterRebuild);
    }

    @Test
    void aCompletionIsKeptApartFromASearch() {
        var commune = temporary.create("recherche-completee", "Commune de la complétion");
        try {
            var completion = answers.suggest(commune, "cant", 6);
            assertThat(answers.suggest(commune, "cant", 6)).isSameAs(completion);
            assertThat(answers.search(commune, "cant", 6).hits()).isNotSameAs(completion);
        } finally {
            temporary.delete(commune);
        }
    }
}
