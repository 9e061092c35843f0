package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.localdata.LocalFields;
import fr.monenfantalecole.portail.shared.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the editorial plan and the national corpus from the repository (src/main/resources/content
 * and fiches/) into PostgreSQL. A sheet is created and published the first time; later imports add
 * a version through the normal versioning: published at once if nobody edited the sheet in the back
 * office, kept as a draft for the editors otherwise, so an edited sheet is never overwritten.
 */
@Service
public class CorpusImport {

    private static final Logger log = LoggerFactory.getLogger(CorpusImport.class);
    static final String ORIGIN_IMPORT = "IMPORT";

    private final Themes themes;
    private final LocalFields fields;
    private final NationalFiches fiches;
    private final FicheCatalogue catalogue;
    private final FicheChecks checks;
    private final AuditLog audit;

    CorpusImport(
            Themes themes,
            LocalFields fields,
            NationalFiches fiches,
            FicheCatalogue catalogue,
            FicheChecks checks,
            AuditLog audit) {
        this.themes = themes;
        this.fields = fields;
        this.fiches = fiches;
        this.catalogue = catalogue;
        this.checks = checks;
        this.audit = audit;
    }

    /** What an import did, and the files it refused with why. */
    public record Report(int published, int updated, int drafts, int unchanged, Map<String, List<String>> errors) {}

    /** Themes, dictionary and catalogue: safe to run at every start. */
    @Transactional
    public void loadPlan() {
        themes.load();
        fields.loadDictionary();
        catalogue.load();
    }

    @Transactional
    public Report importCorpus(@Nullable Long userId) {
        loadPlan();
        var known = fiches.ids();
        var catalogue = new LinkedHashMap<String, Fiche>();
        fiches.all().forEach(f -> catalogue.put(f.id(), f));
        int published = 0, updated = 0, drafts = 0, unchanged = 0;
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Resource resource : files()) {
            String name = Objects.requireNonNullElse(resource.getFilename(), "?");
            var parsed = FicheFile.parse(read(resource));
            List<String> problems = new ArrayList<>(parsed.errors());
            var file = parsed.fiche();
            if (file != null) {
                var entry = catalogue.get(file.id());
                if (entry == null) {
                    problems.add("L'identifiant " + file.id() + " n'est pas dans le catalogue.");
                } else {
                    if (!entry.themeId().equals(file.theme())) {
                        problems.add("Le thème doit être « " + entry.themeId() + " » comme au catalogue.");
                    }
                    if (!entry.niveau().code().equals(file.niveau())) {
                        problems.add("Le niveau doit être « " + entry.niveau().code() + " » comme au catalogue.");
                    }
                    if (!name.equals(file.id() + ".md")) {
                        problems.add("Le fichier doit s'appeler " + file.id() + ".md.");
                    }
                }
                problems.addAll(checks.check(file.content(), known));
            }
            if (file == null || !problems.isEmpty()) {
                errors.put(name, problems);
                continue;
            }
            switch (apply(file, userId)) {
                case PUBLISHED -> published++;
                case UPDATED -> updated++;
                case DRAFT -> drafts++;
                case UNCHANGED -> unchanged++;
            }
        }
        errors.forEach((file, problems) -> log.warn("Fiche refusée {} : {}", file, String.join(" ", problems)));
        log.info(
                "Corpus national : {} publiée(s), {} mise(s) à jour, {} brouillon(s), {} inchangée(s), {} refusée(s).",
                published,
                updated,
                drafts,
                unchanged,
                errors.size());
        return new Report(published, updated, drafts, unchanged, errors);
    }

    private enum Outcome {
        PUBLISHED,
        UPDATED,
        DRAFT,
        UNCHANGED
    }

    private Outcome apply(FicheFile file, @Nullable Long userId) {
        var versions = fiches.versions(file.id());
        if (versions.isEmpty()) {
            long id = fiches.createVersion(
                    file.id(), file.content(), FicheVersion.Status.BROUILLON, ORIGIN_IMPORT, userId);
            fiches.publish(id);
            audit.record(null, userId, "FICHE_IMPORTEE", "fiche", file.id(), "version 1");
            return Outcome.PUBLISHED;
        }
        var latest = versions.getFirst();
        if (latest.content().equals(file.content())) {
            return Outcome.UNCHANGED;
        }
        boolean editedInBackOffice = versions.stream().anyMatch(v -> !ORIGIN_IMPORT.equals(v.origin()));
        long id = fiches.createVersion(file.id(), file.content(), FicheVersion.Status.BROUILLON, ORIGIN_IMPORT, userId);
        if (editedInBackOffice) {
            audit.record(
                    null,
                    userId,
                    "FICHE_REIMPORT_EN_ATTENTE",
                    "fiche",
                    file.id(),
                    "la fiche a été modifiée dans l'espace de rédaction : la version du dépôt attend une relecture");
            return Outcome.DRAFT;
        }
        fiches.publish(id);
        audit.record(null, userId, "FICHE_REIMPORTEE", "fiche", file.id(), "nouvelle version publiée depuis le dépôt");
        return Outcome.UPDATED;
    }

    private static List<Resource> files() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:fiches/*/*.md");
            return java.util.Arrays.stream(resources)
                    .sorted(java.util.Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
