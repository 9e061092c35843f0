package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.localdata.FieldUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The published national sheets that insert each local field. */
@Component
class FicheFieldUsage implements FieldUsage {

    private final NationalFiches fiches;

    FicheFieldUsage(NationalFiches fiches) {
        this.fiches = fiches;
    }

    @Override
    public Map<String, List<Sheet>> sheetsByField(String basePath) {
        Map<String, List<Sheet>> usage = new LinkedHashMap<>();
        for (var fiche : fiches.published()) {
            var version = fiches.version(Objects.requireNonNull(fiche.publishedVersionId()))
                    .orElseThrow();
            var content = version.content();
            Placeholder.in(content.detail()).stream()
                    .filter(p -> !p.tarifs())
                    .map(Placeholder::key)
                    .distinct()
                    .forEach(key -> usage.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Sheet(
                                    fiche.id(),
                                    content.titre(),
                                    QuestionsReponses.url(basePath, fiche.themeId(), fiche.id(), content.titre()))));
        }
        return usage;
    }
}
