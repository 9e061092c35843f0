package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.agenda.AgendaViews.SchoolOption;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The schools an agenda may name: those the collectivité presents on its portal. */
@Component
class AgendaSchools {

    private final SchoolDirectory directory;

    AgendaSchools(SchoolDirectory directory) {
        this.directory = directory;
    }

    /** The school asked for, which must be one the collectivité presents (404 otherwise). */
    @Nullable
    Etablissement school(Collectivite collectivite, @Nullable String ecole) {
        if (ecole == null || ecole.isBlank()) {
            return null;
        }
        return directory.page(collectivite, ecole.strip());
    }

    /** A presented school by its UAI, if it is one. */
    @Nullable
    Etablissement presented(Collectivite collectivite, String uai) {
        return directory.presented(collectivite).stream()
                .filter(s -> s.uai().equals(uai))
                .findFirst()
                .orElse(null);
    }

    /** Names by UAI. */
    Map<String, String> names(Collectivite collectivite) {
        Map<String, String> names = new HashMap<>();
        directory.presented(collectivite).forEach(e -> names.put(e.uai(), e.nom()));
        return names;
    }

    Set<String> uais(Collectivite collectivite) {
        return directory.presented(collectivite).stream()
                .map(Etablissement::uai)
                .collect(Collectors.toSet());
    }

    /** The filter's choices, by commune then name; the commune is named when there are several. */
    List<SchoolOption> options(Collectivite collectivite) {
        var presented = directory.presented(collectivite);
        boolean severalCommunes =
                presented.stream().map(Etablissement::codeCommune).distinct().count() > 1;
        return presented.stream()
                .sorted(Comparator.comparing(Etablissement::nomCommune).thenComparing(Etablissement::nom))
                .map(e -> new SchoolOption(e.uai(), severalCommunes ? e.nom() + " (" + e.nomCommune() + ")" : e.nom()))
                .toList();
    }
}
