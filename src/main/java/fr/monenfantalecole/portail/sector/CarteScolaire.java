package fr.monenfantalecole.portail.sector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * "Which school is my address attached to?" for a collectivité: the rules of the communes of its
 * territory, whoever imported them (the Département's collège rules answer on a commune's portal).
 * The rules are kept in memory ({@link LiveSectorIndex}), updated on every node when an import
 * changes them; the schools' names too, so that a lookup reads no database.
 */
@Service
public class CarteScolaire {

    private final LiveSectorIndex index;
    private final Collectivites collectivites;
    private final Etablissements etablissements;
    private final SectorPolygons polygons;
    // The Annuaire's names of the schools answered; the expiry only backs up a notification that would not arrive.
    private final Cache<String, String> names = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    CarteScolaire(
            LiveSectorIndex index,
            Collectivites collectivites,
            Etablissements etablissements,
            SectorPolygons polygons) {
        this.polygons = polygons;
        this.index = index;
        this.collectivites = collectivites;
        this.etablissements = etablissements;
    }

    /** A school of the answer, with its name from the Annuaire. */
    public record School(String niveau, String uai, String nom, String regle) {}

    /** The answer for parents and for the JSON endpoint. */
    public record Result(
            @Nullable String adresseNormalisee, List<School> resultats, List<String> suggestions, String message) {}

    public Result lookup(Collectivite collectivite, String adresse, @Nullable String niveau) {
        var view = index.view(collectivite);
        var answer = view.index().lookup(adresse, niveau, view.territory());
        var schools = answer.resultats().stream()
                .map(m -> new School(m.niveau(), m.uai(), name(m.uai()), m.regle()))
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
                        name(s.uai()),
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
        var view = index.view(collectivite);
        return view.index().streets(typed, view.territory(), 8);
    }

    private String name(String uai) {
        return names.get(uai, k -> etablissements.find(k).map(e -> e.nom()).orElse("Établissement " + k));
    }

    @EventListener({Etablissements.Changed.class, Collectivites.Changed.class})
    void onEtablissementsChanged() {
        names.invalidateAll();
    }

    /** Rebuilds the index from every rule (after rules written around {@link SectorRules}: a test). */
    public void reload() {
        index.reload();
    }

    SectorIndex index() {
        return index.index();
    }
}
