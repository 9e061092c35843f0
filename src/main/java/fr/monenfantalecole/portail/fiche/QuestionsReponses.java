package fr.monenfantalecole.portail.fiche;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Slugs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The questions-réponses of one collectivité: the national sheets it shows (hidden ones left out)
 * with its local data in place, and its own local sheets. Rendered sheets are cached per
 * collectivité and version; a change of local values empties that collectivité's entries, a newly
 * published version is a new key.
 */
@Service
public class QuestionsReponses {

    static final Pattern NATIONAL_REF = Pattern.compile("^([A-Z]{3}-[0-9]{3})(-.*)?$");
    static final Pattern LOCAL_REF = Pattern.compile("^L([0-9]{1,12})(-.*)?$");

    private final Themes themes;
    private final NationalFiches fiches;
    private final LocalFiches localFiches;
    private final HiddenFiches hidden;
    private final LocalValues values;
    private final FicheRenderer renderer;
    private final Cache<CacheKey, FicheRenderer.Rendered> cache =
            Caffeine.newBuilder().maximumSize(20_000).recordStats().build();

    QuestionsReponses(
            Themes themes,
            NationalFiches fiches,
            LocalFiches localFiches,
            HiddenFiches hidden,
            LocalValues values,
            FicheRenderer renderer) {
        this.themes = themes;
        this.fiches = fiches;
        this.localFiches = localFiches;
        this.hidden = hidden;
        this.values = values;
        this.renderer = renderer;
    }

    private record CacheKey(long collectiviteId, String ref, long version) {}

    /** Values saved, on this node or another: that collectivité's rendered sheets go. */
    @EventListener
    void onLocalValuesChanged(LocalValues.Changed event) {
        cache.asMap().keySet().removeIf(k -> k.collectiviteId() == event.collectiviteId());
    }

    /** Local sheets change rarely and cheaply: their entries go whenever one is saved. */
    public void evictLocal(long collectiviteId) {
        cache.asMap()
                .keySet()
                .removeIf(k -> k.collectiviteId() == collectiviteId && k.ref().startsWith("L"));
    }

    /** What a collectivité shows, read once per page: published national sheets, its own, the hidden ids. */
    private record Shown(List<Fiche> published, List<LocalFiche> locals, Set<String> hiddenIds) {

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
    }

    private Shown shown(Collectivite c) {
        return new Shown(fiches.published(), localFiches.of(c.id()), hidden.of(c.id()));
    }

    public List<FicheViews.ThemeCount> themes(Collectivite c, String basePath, @Nullable Niveau niveau) {
        var shown = shown(c);
        return themes.all().stream()
                .map(t -> new FicheViews.ThemeCount(
                        t,
                        shown.inTheme(basePath, t.id(), niveau).size(),
                        basePath + "/questions/" + t.id() + (niveau == null ? "" : "?niveau=" + niveau.code())))
                .filter(t -> t.count() > 0)
                .toList();
    }

    public Theme theme(String themeId) {
        return themes.find(themeId).orElseThrow(() -> new NotFoundException("Thème inconnu : " + themeId));
    }

    /** A theme's sheets as the collectivité shows them: its own first, then the national ones in catalogue order. */
    public List<FicheViews.Summary> inTheme(Collectivite c, String basePath, String themeId, @Nullable Niveau niveau) {
        theme(themeId);
        return shown(c).inTheme(basePath, themeId, niveau);
    }

    /** A sheet as the collectivité shows it; 404 for a hidden, unpublished or other collectivité's sheet. */
    public FicheViews.Page page(Collectivite c, String basePath, String themeId, String ref) {
        var theme = theme(themeId);
        var national = NATIONAL_REF.matcher(ref);
        if (national.matches()) {
            String id = national.group(1);
            var fiche = fiches.find(id)
                    .filter(Fiche::isPublished)
                    .filter(f -> f.themeId().equals(themeId))
                    .filter(f -> !hidden.of(c.id()).contains(f.id()))
                    .orElseThrow(() -> new NotFoundException("Fiche introuvable : " + ref));
            var version = fiches.version(Objects.requireNonNull(fiche.publishedVersionId()))
                    .orElseThrow();
            var rendered = cache.get(
                    new CacheKey(c.id(), id, version.id()), k -> renderer.render(version.content(), values.of(c.id())));
            var hiddenIds = hidden.of(c.id());
            List<FicheViews.Summary> liees = version.content().liees().stream()
                    .map(fiches::find)
                    .flatMap(Optional::stream)
                    .filter(Fiche::isPublished)
                    .filter(f -> !hiddenIds.contains(f.id()))
                    .map(f -> summary(basePath, f))
                    .toList();
            return new FicheViews.Page(
                    id,
                    theme,
                    fiche.niveau(),
                    version.content().titre(),
                    rendered.brefHtml(),
                    rendered.detailHtml(),
                    version.reviewedAt(),
                    version.content().sources().stream()
                            .map(FicheViews.Source::parse)
                            .toList(),
                    liees,
                    false,
                    url(basePath, themeId, id, version.content().titre()));
        }
        var local = LOCAL_REF.matcher(ref);
        if (local.matches()) {
            var fiche = localFiches
                    .find(c.id(), Long.parseLong(local.group(1)))
                    .filter(LocalFiche::publiee)
                    .filter(l -> l.themeId().equals(themeId))
                    .orElseThrow(() -> new NotFoundException("Fiche introuvable : " + ref));
            var rendered = cache.get(
                    new CacheKey(c.id(), "L" + fiche.id(), fiche.updatedAt().toEpochMilli()),
                    k -> renderer.render(fiche.content(), values.of(c.id())));
            return new FicheViews.Page(
                    "L" + fiche.id(),
                    theme,
                    fiche.niveau(),
                    fiche.titre(),
                    rendered.brefHtml(),
                    rendered.detailHtml(),
                    fiche.updatedAt(),
                    List.of(),
                    List.of(),
                    true,
                    url(basePath, themeId, "L" + fiche.id(), fiche.titre()));
        }
        throw new NotFoundException("Fiche introuvable : " + ref);
    }

    /**
     * A sheet in the open formats' catalogue: what it is, where it lives and when its text last
     * changed (review date of the national version, or last save of a local sheet).
     */
    public record Listed(
            FicheViews.Summary summary,
            Theme theme,
            @Nullable Instant updated) {}

    /** Every sheet the collectivité shows, theme by theme (its own first in each theme). */
    public List<Listed> all(Collectivite c, String basePath) {
        var shown = shown(c);
        var byId = new java.util.HashMap<String, Instant>();
        shown.published().forEach(f -> {
            if (f.reviewedAt() != null) {
                byId.put(f.id(), f.reviewedAt());
            }
        });
        shown.locals().forEach(l -> byId.put("L" + l.id(), l.updatedAt()));
        List<Listed> list = new ArrayList<>();
        for (var theme : themes.all()) {
            shown.inTheme(basePath, theme.id(), null).forEach(s -> list.add(new Listed(s, theme, byId.get(s.ref()))));
        }
        return list;
    }

    /** A sheet by its reference alone ("CAN-001", "L12"), as {@link #page(Collectivite, String, String, String)}. */
    public FicheViews.Page page(Collectivite c, String basePath, String ref) {
        var national = NATIONAL_REF.matcher(ref);
        var local = LOCAL_REF.matcher(ref);
        String themeId = national.matches()
                ? fiches.find(national.group(1)).map(Fiche::themeId).orElse(null)
                : local.matches()
                        ? localFiches
                                .find(c.id(), Long.parseLong(local.group(1)))
                                .map(LocalFiche::themeId)
                                .orElse(null)
                        : null;
        if (themeId == null) {
            throw new NotFoundException("Fiche introuvable : " + ref);
        }
        return page(c, basePath, themeId, ref);
    }

    /** Renders any content with a collectivité's values: the editor's preview. */
    public FicheRenderer.Rendered preview(FicheContent content, long collectiviteId) {
        return renderer.render(content, values.of(collectiviteId));
    }

    public Map<String, String> values(long collectiviteId) {
        return values.of(collectiviteId);
    }

    static FicheViews.Summary summary(String basePath, Fiche f) {
        return new FicheViews.Summary(
                f.id(), f.displayTitle(), f.niveau(), false, url(basePath, f.themeId(), f.id(), f.displayTitle()));
    }

    static FicheViews.Summary summary(String basePath, LocalFiche l) {
        return new FicheViews.Summary(
                "L" + l.id(), l.titre(), l.niveau(), true, url(basePath, l.themeId(), "L" + l.id(), l.titre()));
    }

    /** /fougeres/questions/inscription-scolaire/INS-002-comment-inscrire-mon-enfant… */
    public static String url(String basePath, String themeId, String ref, String titre) {
        String slug = Slugs.of(titre);
        if (slug.length() > 70) {
            slug = slug.substring(0, 70);
            slug = slug.substring(0, Math.max(slug.lastIndexOf('-'), 1));
        }
        return basePath + "/questions/" + themeId + "/" + ref + "-" + slug;
    }
}
