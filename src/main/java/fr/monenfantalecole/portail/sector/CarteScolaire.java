package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.shared.ContentChanged;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * "Which school is my address attached to?" for a collectivité: the rules of the communes of its
 * territory, whoever imported them (the Département's collège rules answer on a commune's portal).
 * The rules are kept in memory and reloaded on every node when an import changes them.
 */
@Service
public class CarteScolaire {

    private final SectorRules rules;
    private final Collectivites collectivites;
    private final Etablissements etablissements;
    private final AtomicReference<SectorIndex> index = new AtomicReference<>();

    CarteScolaire(SectorRules rules, Collectivites collectivites, Etablissements etablissements) {
        this.rules = rules;
        this.collectivites = collectivites;
        this.etablissements = etablissements;
    }

    /** A school of the answer, with its name from the Annuaire. */
    public record School(String niveau, String uai, String nom, String regle) {}

    /** The answer for parents and for the JSON endpoint. */
    public record Result(@Nullable String adresseNormalisee, List<School> resultats, List<String> suggestions,
            String message) {}

    public Result lookup(Collectivite collectivite, String adresse, @Nullable String niveau) {
        var answer = index().lookup(adresse, niveau, territory(collectivite));
        var schools = answer.resultats().stream()
                .map(m -> new School(m.niveau(), m.uai(),
                        etablissements.find(m.uai()).map(e -> e.nom()).orElse("Établissement " + m.uai()), m.regle()))
                .toList();
        return new Result(answer.adresseNormalisee(), schools, answer.suggestions(), answer.message());
    }

    public List<String> streets(Collectivite collectivite, String typed) {
        return index().streets(typed, territory(collectivite), 8);
    }


    @EventListener
    void onContentChanged(ContentChanged event) {
        if (SectorRules.TOPIC.equals(event.topic())) {
            reload();
        }
    }

    public void reload() {
        index.set(new SectorIndex(rules.all()));
    }

    SectorIndex index() {
        var current = index.get();
        if (current == null) {
            reload();
            current = index.get();
        }
        return current;
    }

    private Predicate<String> territory(Collectivite collectivite) {
        var t = collectivites.territory(collectivite);
        return t::contains;
    }
}
