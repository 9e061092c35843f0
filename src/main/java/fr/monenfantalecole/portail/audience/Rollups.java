package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily counts from the raw views, recomputed whole for a day (so running twice, or on two nodes, gives
 * the same rows), every few minutes for today and yesterday; and the retention of raw views, dropped a
 * month at a time once older than portail.audience.conservation-mois.
 */
@Component
class Rollups {

    /** Views of the same visitor less than this apart make one visit. */
    static final String VISIT_GAP = "30 minutes";

    private final JdbcClient jdbc;
    private final AudienceStore store;
    private final AudienceProperties properties;
    private final Collectivites collectivites;
    private final Clock clock;

    Rollups(
            JdbcClient jdbc,
            AudienceStore store,
            AudienceProperties properties,
            Collectivites collectivites,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.properties = properties;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portail.audience.cumul:PT5M}", initialDelayString = "PT1M")
    void scheduled() {
        LocalDate today = LocalDate.now(clock.withZone(PortailClock.ZONE));
        rollUp(today.minusDays(1));
        rollUp(today);
    }

    /**
     * Recomputes one day's counts from its raw views (generated demo rows are left alone). Views of a
     * collectivité deleted since they were recorded are left out: its counts went with it (tenant's API
     * says which collectivités exist).
     */
    @Transactional
    public void rollUp(LocalDate jour) {
        // One node at a time per day: the other one's result would be the same.
        boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(16, ?)")
                .param((int) jour.toEpochDay())
                .query((rs, n) -> rs.getBoolean(1))
                .single();
        if (!mine) {
            return;
        }
        store.ensurePartition(YearMonth.from(jour));
        Long[] portals = collectivites.all().stream().map(Collectivite::id).toArray(Long[]::new);
        jdbc.sql("DELETE FROM audience_jour WHERE jour = ? AND NOT genere")
                .param(jour)
                .update();
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT collectivite_id, jour, zone, cible, canal, appareil, count(*), count(DISTINCT visiteur),
                       count(*) FILTER (WHERE resultats = 0)
                FROM audience_vue WHERE jour = ? AND collectivite_id = any(cast(? as bigint[]))
                GROUP BY collectivite_id, jour, zone, cible, canal, appareil
                """).param(jour).param(portals).update();
        jdbc.sql("DELETE FROM audience_visites_jour WHERE jour = ? AND NOT genere")
                .param(jour)
                .update();
        jdbc.sql("""
                INSERT INTO audience_visites_jour (collectivite_id, jour, vues, visites, visiteurs)
                SELECT collectivite_id, jour,
                       count(*) FILTER (WHERE zone NOT IN ('carte-scolaire', 'quotient', 'connexion-famille')),
                       count(*) FILTER (WHERE nouvelle), count(DISTINCT visiteur)
                FROM (SELECT collectivite_id, jour, zone, visiteur,
                             coalesce(instant - lag(instant) OVER (PARTITION BY collectivite_id, visiteur ORDER BY instant)
                                      > interval '%s', true) AS nouvelle
                      FROM audience_vue WHERE jour = ? AND zone <> 'clic-recherche'
                            AND collectivite_id = any(cast(? as bigint[]))) v
                GROUP BY collectivite_id, jour
                """.formatted(VISIT_GAP)).param(jour).param(portals).update();
    }

    /** Drops the months of raw views older than the retention; the daily counts stay. */
    @Scheduled(cron = "${portail.audience.purge-cron:0 15 4 * * *}", zone = "Europe/Paris")
    void purge() {
        YearMonth oldest = YearMonth.now(clock.withZone(PortailClock.ZONE)).minusMonths(properties.conservationMois());
        for (YearMonth month : store.months()) {
            if (month.isBefore(oldest)) {
                jdbc.sql("DROP TABLE IF EXISTS " + Partitions.name(month)).update();
            }
        }
    }
}
