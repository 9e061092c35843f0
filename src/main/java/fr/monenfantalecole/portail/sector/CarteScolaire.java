package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * "Which school is my address attached to?" for a collectivité: the rules of the communes of its
 * territory, whoever imported them (the Département's collège rules answer on a commune's portal).
 * The rules are kept in memory ({@link LiveSectorIndex}), updated on every node when an import
 * changes them; the schools' names, the drawn sectors and the answers given too ({@link
 * LookupMemory}), so that a lookup reads no database and an address asked again costs a map read.
 *
 * <p>The answers are right after any change, on every node: the memory is replaced whole when the
 * index changes (rules of any collectivité, {@link SectorRules.Changed}; a collectivité, {@link
 * Collectivites.Changed}: the index's generation changes), when the Annuaire changes ({@link
 * Etablissements.Changed}) or drawn sectors are imported ({@link SectorPolygons.Changed}).
 */
@Service
public class CarteScolaire {

    private final LiveSectorIndex index;
    private final Collectivites collectivites;
    private final Etablissements etablissements;
    private final SectorPolygons polygons;
    // A generation no view has: the next lookup starts a new memory.
    private final AtomicReference<LookupMemory> memory = new AtomicReference<>(new LookupMemory(new Object()));

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

    /**
     * Taken before a lookup: true while the index generation and the memory are those a lookup made now
     * reads (the public answers' memory sends the answer's bytes again only while it is).
     */
    public BooleanSupplier unchanged(Collectivite collectivite) {
        var now = memory(index.view(collectivite));
        return () -> memory.get() == now && index.generation() == now.generation();
    }

    public Result lookup(Collectivite collectivite, String adresse, @Nullable String niveau) {
        var view = index.view(collectivite);
        var memory = memory(view);
        return memory.answers()
                .get(new LookupMemory.AnswerKey(collectivite.id(), adresse, niveau), k -> answer(view, memory, k));
    }

    /** The lookup itself, without the answers kept (package-private for the benchmark). */
    Result answer(LiveSectorIndex.View view, LookupMemory memory, LookupMemory.AnswerKey key) {
        var answer = view.index().lookup(key.adresse(), key.niveau(), view.territory());
        var schools = answer.resultats().stream()
                .map(m -> new School(m.niveau(), m.uai(), name(memory, m.uai()), m.regle()))
                .toList();
        return new Result(answer.adresseNormalisee(), schools, answer.suggestions(), answer.message());
    }

    /** The memory of this view's generation, a new one if the index changed since the last lookup. */
    LookupMemory memory(LiveSectorIndex.View view) {
        return memory.updateAndGet(m -> m.generation() == view.generation() ? m : new LookupMemory(view.generation()));
    }

    /** The drawn sectors (of this collectivité, the ones above it or below it) containing a point. */
    public Result lookupPoint(Collectivite collectivite, double latitude, double longitude, @Nullable String niveau) {
        var memory = memory(index.view(collectivite));
        List<SectorPolygons.Sector> drawn = new ArrayList<>();
        for (long owner : memory.owners().get(collectivite.id(), id -> owners(collectivite))) {
            drawn.addAll(memory.drawn().get(owner, o -> polygons.of(List.of(o))));
        }
        var schools = SectorPolygons.containing(drawn, latitude, longitude).stream()
                .filter(s -> niveau == null || s.niveau().equals(niveau))
                .map(s -> new School(
                        s.niveau(),
                        s.uai(),
                        name(memory, s.uai()),
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

    /** This collectivité, its ancestors and its members: whose drawn sectors its point lookup tries. */
    private List<Long> owners(Collectivite collectivite) {
        List<Long> owners = new ArrayList<>();
        owners.add(collectivite.id());
        owners.addAll(collectivites.ancestorIds(collectivite.id()));
        collectivites.children(collectivite.id()).forEach(c -> owners.add(c.id()));
        return List.copyOf(owners);
    }

    private String name(LookupMemory memory, String uai) {
        return memory.names()
                .get(uai, k -> etablissements.find(k).map(e -> e.nom()).orElse("Établissement " + k));
    }

    @EventListener({Etablissements.Changed.class, Collectivites.Changed.class, SectorPolygons.Changed.class})
    void forget() {
        memory.set(new LookupMemory(new Object()));
    }

    /** Rebuilds the index from every rule (after rules written around {@link SectorRules}: a test). */
    public void reload() {
        index.reload();
    }

    SectorIndex index() {
        return index.index();
    }
}
