package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A territory listed by its codes is the territory a scan gives, in the same order; an index with
 * some communes replaced answers as an index built whole from the same rules.
 */
class SectorIndexChangesTest {

    static final List<SectorRule> RULES = SectorAddressesTest.officialRules();
    static final SectorIndex INDEX = new SectorIndex(RULES);

    @Test
    void aTerritoryByItsCodesIsTheScannedTerritoryInTheSameOrder() {
        List<String> codes = new ArrayList<>(
                RULES.stream().map(SectorRule::codeInsee).distinct().toList());
        var random = new Random(21);
        for (int round = 0; round < 50; round++) {
            Collections.shuffle(codes, random);
            var some = new ArrayList<>(codes.subList(0, 1 + random.nextInt(12)));
            some.add("99999"); // a commune without rules is no part of it
            assertThat(INDEX.communes(some)).isEqualTo(INDEX.territory(some::contains));
        }
    }

    @Test
    void anIndexWithCommunesReplacedAnswersAsOneBuiltWhole() {
        var fougeres = Set.of(SectorAddressesTest.FOUGERES);
        var withoutFougeres =
                RULES.stream().filter(r -> !fougeres.contains(r.codeInsee())).toList();
        var removed = INDEX.replacing(fougeres, List.of());
        var whole = new SectorIndex(withoutFougeres);
        var back = removed.replacing(
                fougeres,
                RULES.stream().filter(r -> fougeres.contains(r.codeInsee())).toList());
        for (String address : List.of(
                "12 bd de Groslay 35300 Fougères", "30 boulevard de groslay", "12 rue Marie de France 35000 Rennes")) {
            assertThat(removed.lookup(address, "college", insee -> true))
                    .isEqualTo(whole.lookup(address, "college", insee -> true));
            assertThat(back.lookup(address, "college", insee -> true))
                    .isEqualTo(INDEX.lookup(address, "college", insee -> true));
        }
        assertThat(removed.communes()).isEqualTo(INDEX.communes() - 1);
    }
}
