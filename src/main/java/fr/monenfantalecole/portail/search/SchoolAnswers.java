package fr.monenfantalecole.portail.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.school.SchoolAddress;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A school or collège of the collectivité named in the query: "ecole les bleuets", "college jean
 * moulin horaires", or the name alone ("odile gautry"). A name is its proper part (the words left
 * once "école primaire publique" and the articles are taken out); the query must hold it whole, and
 * either a generic word (école, collège…) or nothing else, so that "école" alone or a street that
 * shares a school's name never answers. The presented schools are kept in memory by collectivité.
 */
@Component
class SchoolAnswers {

    /** Words of the Annuaire's names that say what kind of establishment it is, not which one. */
    static final Set<String> GENERIC = Set.of(
            "ecole",
            "ecoles",
            "maternelle",
            "elementaire",
            "primaire",
            "publique",
            "public",
            "privee",
            "prive",
            "college",
            "lycee",
            "groupe",
            "scolaire",
            "general",
            "professionnel",
            "polyvalent",
            "technologique");

    private record Place(Etablissement school, List<String> proper) {}

    private record Entry(Collectivite collectivite, List<Place> places) {}

    private final SchoolDirectory directory;
    private final Cache<Long, Entry> byCollectivite = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    SchoolAnswers(SchoolDirectory directory) {
        this.directory = directory;
    }

    List<Answer> of(Collectivite collectivite, QueryWords query) {
        List<String> asked = query.meaningful();
        List<String> rest = asked.stream().filter(w -> !GENERIC.contains(w)).toList();
        boolean generic = rest.size() < asked.size();
        return places(collectivite).stream()
                .filter(p -> new QueryWords(asked).containsRun(p.proper()) && (generic || rest.equals(p.proper())))
                .sorted(Comparator.comparingInt((Place p) -> -p.proper().size()))
                .limit(3)
                .map(p -> answer(p.school()))
                .toList();
    }

    private static Answer answer(Etablissement e) {
        return new Answer(
                Answer.ETABLISSEMENT,
                SchoolNames.typographic(e.nom()),
                "/ecoles/" + e.uai(),
                SchoolAddress.of(e).complete(),
                List.of());
    }

    private List<Place> places(Collectivite c) {
        var entry = byCollectivite.get(c.id(), id -> load(c));
        if (!entry.collectivite().equals(c)) {
            entry = load(c);
            byCollectivite.put(c.id(), entry);
        }
        return entry.places();
    }

    private Entry load(Collectivite c) {
        return new Entry(
                c,
                directory.presented(c).stream()
                        .filter(e -> e.niveau() != null)
                        .map(e -> new Place(e, proper(e.nom())))
                        .filter(p -> !p.proper().isEmpty())
                        .toList());
    }

    static List<String> proper(String name) {
        return QueryWords.of(name).meaningful().stream()
                .filter(w -> !GENERIC.contains(w))
                .toList();
    }

    @EventListener({Etablissements.Changed.class, Collectivites.Changed.class})
    void onChanged() {
        byCollectivite.invalidateAll();
    }
}
