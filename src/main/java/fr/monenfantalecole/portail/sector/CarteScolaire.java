package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.school.Etablissements;
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
    private final SectorPolygons polygons;
    private final AtomicReference<SectorIndex> index = new AtomicReference<>();

    CarteScolaire(
            SectorRules rules, Collectivites collectivites, Etablissements etablissements, SectorPolygons polygons) {
        this.polygons = polygons;
        this.rules = rules;
        this.collectivites = collectivites;
        this.etablissements = etablissements;
    }

    /** A school of the answer, with its name from the Annuaire. */
    public record School(String niveau, String uai, String nom, String regle) {}

    /** The answer for parents and for the JSON endpoint. */
    public record Result(
            @Nullable String adresseNormalisee, List<School> resultats, List<String> suggestions, String message) {}

    public Result lookup(Collectivite collectivite, String adresse, @Nullable String niveau) {
        var answer = index().lookup(adresse, niveau, territory(collectivite));
        var schools = answer.resultats().stream()
                .map(m -> new School(
                        m.niveau(),
                        m.uai(),
                        etablissements.find(m.uai()).map(e -> e.nom()).orElse("Établissement " + m.uai()),
                        m.regle()))
                .toList();
        return new Result(answer.adresseNormalisee(), schools, answer.suggestions(), answer.message());
    }

    /** The drawn sectors (of this collectivité, the ones above it or below it) containing a point. */
    public Result lookupPoint(Collectivite collectivite, double latitude, double longitude, @Nullable String niveau) {
        List<Long> owners = new java.util.ArrayList<>();
        owners.add(collectivite.id());
        owners.addAll(collectivites.ancestorIds(collectivite.id()));
        collectivites.children(collectivite.id()).forEach(c -> owners.add(c.id()));
        var schools = polygons.containing(owners, latitude, longitude).stream()
                .filter(s -> niveau == null || s.niveau().equals(niveau))
                .map(s -> new School(
                        s.niveau(),
                        s.uai(),
                        etablissements.find(s.uai()).map(e -> e.nom()).orElse("Établissement " + s.uai()),
                        s.nom() == null ? "Secteur dessiné par la collectivité" : "Secteur « " + s.nom() + " »"))
                .toList();
        String point = String.format(java.util.Locale.ROOT, "%.5f, %.5f", latitude, longitude);
        return new Result(
                point,
                schools,
                List.of(),
                schools.isEmpty()
                        ? "Ce point n'est dans aucun secteur dessiné. Essayez avec votre adresse, ou contactez la mairie."
                        : "");
    }

    public List<String> streets(Collectivite collectivite, String typed) {
        return index().streets(typed, territory(collectivite), 8);
    }

    @EventListener(SectorRules.Changed.class)
    void onSectorRulesChanged() {
        reload();
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
