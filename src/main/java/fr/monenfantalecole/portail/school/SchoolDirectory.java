package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.Folding;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The establishments a collectivité presents to parents: open écoles (and collèges where it wants
 * them) of its territory.
 */
@Service
public class SchoolDirectory {

    private final Etablissements etablissements;
    private final Collectivites collectivites;

    SchoolDirectory(Etablissements etablissements, Collectivites collectivites) {
        this.etablissements = etablissements;
        this.collectivites = collectivites;
    }

    /** Filters typed by a parent; null means "all". */
    public record Filter(
            @Nullable Niveau niveau,
            @Nullable Boolean publicOnly,
            @Nullable String commune,
            @Nullable String nom) {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    public List<Etablissement> list(Collectivite collectivite, Filter filter) {
        String nom = filter.nom() == null ? null : Folding.lower(filter.nom());
        return presented(collectivite).stream()
                .filter(e -> filter.niveau() == null || matches(e, filter.niveau()))
                .filter(e -> filter.publicOnly() == null || e.isPublic() == filter.publicOnly())
                .filter(e -> filter.commune() == null || e.codeCommune().equals(filter.commune()))
                .filter(e -> nom == null
                        || Folding.lower(e.nom()).contains(nom)
                        || Folding.lower(e.adresseComplete()).contains(nom))
                .toList();
    }

    /** Every establishment the collectivité presents, before any filter. */
    public List<Etablissement> presented(Collectivite collectivite) {
        return etablissements.inTerritory(collectivites.territory(collectivite)).stream()
                .filter(Etablissement::ouvert)
                .filter(e -> isPresented(collectivite, e))
                .toList();
    }

    public Etablissement page(Collectivite collectivite, String uai) {
        return etablissements
                .find(uai.toUpperCase(Locale.ROOT))
                .filter(Etablissement::ouvert)
                .filter(e -> collectivites.territory(collectivite).contains(e.codeCommune()))
                .filter(e -> isPresented(collectivite, e))
                .orElseThrow(() -> new NotFoundException("Établissement introuvable : " + uai));
    }

    /**
     * The collectivité whose portal has a page for this establishment: this one when it presents it,
     * else the nearest above it (its intercommunalité, its département) — a commune that leaves the
     * collèges to the Département still links to a page that exists.
     */
    public Optional<Collectivite> presenter(Collectivite collectivite, String uai) {
        var found = etablissements.find(uai.toUpperCase(Locale.ROOT)).filter(Etablissement::ouvert);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var e = found.get();
        @Nullable Collectivite c = collectivite;
        for (int depth = 0; c != null && depth < 5; depth++) {
            if (isPresented(c, e) && collectivites.territory(c).contains(e.codeCommune())) {
                return Optional.of(c);
            }
            Long parent = c.parentId();
            c = parent == null ? null : collectivites.findById(parent).orElse(null);
        }
        return Optional.empty();
    }

    /** For a collectivité that does not present its collèges: the one above it that does, if any. */
    public Optional<Collectivite> collegesPresenter(Collectivite collectivite) {
        Long parent = collectivite.parentId();
        for (int depth = 0; parent != null && depth < 5; depth++) {
            var above = collectivites.findById(parent);
            if (above.isEmpty()) {
                return Optional.empty();
            }
            if (above.get().afficherColleges()) {
                return above;
            }
            parent = above.get().parentId();
        }
        return Optional.empty();
    }

    private static boolean isPresented(Collectivite collectivite, Etablissement e) {
        Niveau niveau = e.niveau();
        if (niveau == null) {
            return false;
        }
        return niveau == Niveau.COLLEGE ? collectivite.afficherColleges() : collectivite.afficherEcoles();
    }

    /** A maternelle search also finds primaires (they have maternelle classes), and so on. */
    private static boolean matches(Etablissement e, Niveau wanted) {
        return switch (wanted) {
            case MATERNELLE -> e.ecoleMaternelle() && Etablissement.TYPE_ECOLE.equals(e.type());
            case ELEMENTAIRE -> e.ecoleElementaire() && Etablissement.TYPE_ECOLE.equals(e.type());
            case PRIMAIRE -> e.niveau() == Niveau.PRIMAIRE;
            case COLLEGE -> e.niveau() == Niveau.COLLEGE;
        };
    }
}
