package fr.monenfantalecole.portail.sector;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.shared.StartupTasks;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Territory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The carte scolaire service the API calls, built in process on given rules (for the benchmark):
 * the same {@link CarteScolaire}, {@link LiveSectorIndex} and memory, with the database replaced by
 * the rules, one territory and no Annuaire (a school is then named by its UAI). The stand-ins are
 * only called on a miss, never on a lookup answered from memory.
 */
public final class InProcessCarteScolaire {

    private final CarteScolaire carte;
    private final LiveSectorIndex index;

    public InProcessCarteScolaire(List<SectorRule> rules, long ownerId, Territory territory) {
        var stored = mock(SectorRules.class);
        when(stored.all()).thenReturn(rules);
        Map<Long, Set<String>> owners =
                Map.of(ownerId, rules.stream().map(SectorRule::codeInsee).collect(Collectors.toSet()));
        when(stored.communesByOwner()).thenReturn(owners);
        var collectivites = mock(Collectivites.class);
        when(collectivites.territory(any())).thenReturn(territory);
        var etablissements = mock(Etablissements.class);
        when(etablissements.find(anyString())).thenReturn(Optional.empty());
        index = new LiveSectorIndex(stored, collectivites, new StartupTasks(), false); // reloaded below
        carte = new CarteScolaire(index, collectivites, etablissements, mock(SectorPolygons.class));
        index.reload();
    }

    public CarteScolaire service() {
        return carte;
    }

    /** The lookup without the answers kept (what a new address costs): index, territory, names. */
    public CarteScolaire.Result uncached(Collectivite collectivite, String adresse) {
        var view = index.view(collectivite);
        return carte.answer(view, carte.memory(view), new LookupMemory.AnswerKey(collectivite.id(), adresse, null));
    }
}
