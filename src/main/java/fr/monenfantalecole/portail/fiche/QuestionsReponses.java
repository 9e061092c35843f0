package fr.monenfantalecole.portail.fiche;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Slugs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final Themes themes;
    private final PublishedSheets fiches;
    private final LocalFiches localFiches;
    private final HiddenFiches hidden;
    private final LocalValues values;
    private final FicheRenderer renderer;
    private final Clock clock;
    private final Cache<CacheKey, FicheRenderer.Rendered> cache =
            Caffeine.newBuilder().maximumSize(20_000).recordStats().build();

    QuestionsReponses(
            Themes themes,
            PublishedSheets fiches,
            LocalFiches localFiches,
            HiddenFiches hidden,
            LocalValues values,
            FicheRenderer renderer,
            Clock clock) {
        this.themes = themes;
        this.fiches = fiches;
        this.localFiches = localFiches;
        this.hidden = hidden;
        this.values = values;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The day is part of the key: a dated value that ends today is no longer shown tomorrow. */
    private record CacheKey(long collectiviteId, FicheKey key, long version, LocalDate day) {}

    /** Values saved, on this node or another: that collectivité's rendered sheets go. */
    @EventListener
    void onLocalValuesChanged(LocalValues.Changed event) {
        cache.asMap().keySet().removeIf(k -> k.collectiviteId() == event.collectiviteId());
    }

    /** A collectivité's price grids changed: its sheets showing them are rendered again. */
    public void evict(long collectiviteId) {
        cache.asMap().keySet().removeIf(k -> k.collectiviteId() == collectiviteId);
    }

    /** Local sheets change rarely and cheaply: their entries go whenever one is saved. */
    public void evictLocal(long collectiviteId) {
        cache.asMap().keySet().removeIf(k -> k.collectiviteId() == collectiviteId && k.key() instanceof FicheKey.Local);
    }

    private ShownFiches shown(Collectivite c) {
        return new ShownFiches(fiches.all(), localFiches.of(c.id()), hidden.of(c.id()));
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
        return switch (FicheKey.parse(ref).orElseThrow(() -> notFound(ref))) {
            case FicheKey.National key -> nationalPage(c, basePath, theme, key, ref);
            case FicheKey.Local key -> localPage(c, basePath, theme, key, ref);
        };
    }

    private FicheViews.Page nationalPage(
            Collectivite c, String basePath, Theme theme, FicheKey.National key, String ref) {
        var hiddenIds = hidden.of(c.id());
        var fiche = fiches.find(key.code())
                .filter(Fiche::isPublished)
                .filter(f -> f.themeId().equals(theme.id()))
                .filter(f -> !hiddenIds.contains(f.id()))
                .orElseThrow(() -> notFound(ref));
        var version = fiches.version(fiche).orElseThrow();
        var rendered = cache.get(
                new CacheKey(c.id(), key, version.id(), LocalDate.now(clock)),
                k -> renderer.render(version.content(), c.id(), values.of(c.id())));
        List<FicheViews.Summary> liees = version.content().liees().stream()
                .map(fiches::find)
                .flatMap(Optional::stream)
                .filter(Fiche::isPublished)
                .filter(f -> !hiddenIds.contains(f.id()))
                .map(f -> ShownFiches.summary(basePath, f))
                .toList();
        return new FicheViews.Page(
                key.ref(),
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
                url(basePath, theme.id(), key, version.content().titre()));
    }

    private FicheViews.Page localPage(Collectivite c, String basePath, Theme theme, FicheKey.Local key, String ref) {
        var fiche = localFiches
                .find(c.id(), key.id())
                .filter(LocalFiche::publiee)
                .filter(l -> l.themeId().equals(theme.id()))
                .orElseThrow(() -> notFound(ref));
        var rendered = cache.get(
                new CacheKey(c.id(), key, fiche.updatedAt().toEpochMilli(), LocalDate.now(clock)),
                k -> renderer.render(fiche.content(), c.id(), values.of(c.id())));
        return new FicheViews.Page(
                key.ref(),
                theme,
                fiche.niveau(),
                fiche.titre(),
                rendered.brefHtml(),
                rendered.detailHtml(),
                fiche.updatedAt(),
                List.of(),
                List.of(),
                true,
                url(basePath, theme.id(), key, fiche.titre()));
    }

    private static NotFoundException notFound(String ref) {
        return new NotFoundException("Fiche introuvable : " + ref);
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
        var byId = new HashMap<String, Instant>();
        shown.published().forEach(f -> {
            if (f.reviewedAt() != null) {
                byId.put(f.id(), f.reviewedAt());
            }
        });
        shown.locals().forEach(l -> byId.put(l.key().ref(), l.updatedAt()));
        List<Listed> list = new ArrayList<>();
        for (var theme : themes.all()) {
            shown.inTheme(basePath, theme.id(), null).forEach(s -> list.add(new Listed(s, theme, byId.get(s.ref()))));
        }
        return list;
    }

    /** A sheet by its reference alone ("CAN-001", "L12"), as {@link #page(Collectivite, String, String, String)}. */
    public FicheViews.Page page(Collectivite c, String basePath, String ref) {
        String themeId = FicheKey.parse(ref)
                .flatMap(key -> switch (key) {
                    case FicheKey.National n -> fiches.find(n.code()).map(Fiche::themeId);
                    case FicheKey.Local l -> localFiches.find(c.id(), l.id()).map(LocalFiche::themeId);
                })
                .orElseThrow(() -> notFound(ref));
        return page(c, basePath, themeId, ref);
    }

    /** Renders any content with a collectivité's values: the editor's preview. */
    public FicheRenderer.Rendered preview(FicheContent content, long collectiviteId) {
        return renderer.render(content, collectiviteId, values.of(collectiviteId));
    }

    public Map<String, String> values(long collectiviteId) {
        return values.of(collectiviteId);
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

    /** A sheet's page, as {@link #url(String, String, String, String)}. */
    public static String url(String basePath, String themeId, FicheKey key, String titre) {
        return url(basePath, themeId, key.ref(), titre);
    }
}
