package fr.monenfantalecole.portail.fiche;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a collectivité shows, read once per page: published national sheets, its own, the hidden ids. */
record ShownFiches(List<Fiche> published, List<LocalFiche> locals, Set<String> hiddenIds) {

    List<FicheViews.Summary> inTheme(String basePath, String themeId, @Nullable Niveau niveau) {
        List<FicheViews.Summary> list = new ArrayList<>();
        locals.stream()
                .filter(LocalFiche::publiee)
                .filter(l -> l.themeId().equals(themeId)
                        && (niveau == null || l.niveau().matches(niveau)))
                .sorted(Comparator.comparing(LocalFiche::titre))
                .forEach(l -> list.add(summary(basePath, l)));
        for (var f : published) {
            if (f.themeId().equals(themeId)
                    && !hiddenIds.contains(f.id())
                    && (niveau == null || f.niveau().matches(niveau))) {
                list.add(summary(basePath, f));
            }
        }
        return list;
    }

    static FicheViews.Summary summary(String basePath, Fiche f) {
        return new FicheViews.Summary(
                f.id(),
                f.displayTitle(),
                f.niveau(),
                false,
                QuestionsReponses.url(basePath, f.themeId(), f.key(), f.displayTitle()));
    }

    static FicheViews.Summary summary(String basePath, LocalFiche l) {
        return new FicheViews.Summary(
                l.key().ref(),
                l.titre(),
                l.niveau(),
                true,
                QuestionsReponses.url(basePath, l.themeId(), l.key(), l.titre()));
    }
}
