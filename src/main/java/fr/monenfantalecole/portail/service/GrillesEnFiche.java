package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.fiche.TarifsEnFiche;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The collectivité's grids in the sheets that talk about prices, so that a sheet never says another
 * price than the calculator. A national sheet names a kind of service; each collectivité names its
 * services freely, so a grid is of a kind when its name holds one of the kind's words.
 */
@Component
class GrillesEnFiche implements TarifsEnFiche {

    /** Words of a service's name, lower case, for each kind. */
    static final Map<Kind, List<String>> WORDS = Map.of(
            Kind.RESTAURATION, List.of("restauration", "cantine", "repas", "déjeuner"),
            Kind.PERISCOLAIRE,
                    List.of("périscolaire", "periscolaire", "accueil du matin", "accueil du soir", "garderie", "étude"),
            Kind.LOISIRS, List.of("loisirs", "mercredi", "vacances"));

    private final Tarifs tarifs;
    private final QuestionsReponses sheets;
    private final Clock clock;

    GrillesEnFiche(Tarifs tarifs, QuestionsReponses sheets, Clock clock) {
        this.tarifs = tarifs;
        this.sheets = sheets;
        this.clock = clock;
    }

    @EventListener
    void onGridsChanged(Prestations.Changed event) {
        sheets.evict(event.collectiviteId());
    }

    @Override
    public Optional<String> html(long collectiviteId, Kind kind) {
        String annee = tarifs.annee(collectiviteId, null, LocalDate.now(clock));
        if (annee == null) {
            return Optional.empty();
        }
        var grids = tarifs.grilles(collectiviteId, annee).stream()
                .filter(p -> isOf(p.nom(), kind))
                .toList();
        if (grids.isEmpty()) {
            return Optional.empty();
        }
        var html = new StringBuilder();
        for (var p : grids) {
            html.append(GrilleTexte.html(p));
        }
        return Optional.of(html.toString());
    }

    static boolean isOf(String serviceName, Kind kind) {
        String name = serviceName.toLowerCase(Locale.FRENCH);
        return WORDS.getOrDefault(kind, List.of()).stream().anyMatch(name::contains);
    }
}
