package fr.monenfantalecole.portail.rubrique;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where each school page stands with each rubrique, for the mairie's dashboard and the director's
 * desk: missing, draft, submitted, published, or to review (published long ago, or an update asked).
 */
@Service
class RubriqueStatuses {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration maxAge;

    /** @param maxAge published content older than this is "à revoir" */
    RubriqueStatuses(JdbcClient jdbc, Clock clock, @Value("${portail.rubriques.age-max:P365D}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The state of every rubrique of a set in every establishment, by establishment key then rubrique id. */
    public Map<String, Map<Long, RubriqueStatus>> of(RubriqueSet set, Collection<String> etablissements) {
        Map<String, Map<Long, RubriqueStatus>> result = new HashMap<>();
        var ids = set.rubriques().stream().map(Rubrique::id).toList();
        if (ids.isEmpty() || etablissements.isEmpty()) {
            return result;
        }
        record Row(
                long rubriqueId,
                String etablissement,
                String etat,
                @Nullable Instant publieLe) {}
        var rows = jdbc.sql("""
                select rubrique_id, etablissement, etat, publie_le from rubrique_version
                 where rubrique_id in (:ids) and etablissement in (:e) and etat in ('BROUILLON', 'SOUMIS', 'PUBLIE')""")
                .param("ids", ids)
                .param("e", etablissements)
                .query(new SimplePropertyRowMapper<>(Row.class))
                .list();
        record Request(String etablissement, @Nullable Long rubriqueId, Instant createdAt) {}
        var requests = jdbc.sql("""
                select etablissement, rubrique_id, created_at from demande_mise_a_jour
                 where close_le is null and etablissement in (:e)""")
                .param("e", etablissements)
                .query(new SimplePropertyRowMapper<>(Request.class))
                .list();
        Map<String, Map<Long, Row>> working = new HashMap<>();
        Map<String, Map<Long, Row>> published = new HashMap<>();
        for (Row row : rows) {
            (row.etat().equals("PUBLIE") ? published : working)
                    .computeIfAbsent(row.etablissement(), k -> new HashMap<>())
                    .put(row.rubriqueId(), row);
        }
        Instant tooOld = Instant.now(clock).minus(maxAge);
        for (String e : etablissements) {
            Map<Long, RubriqueStatus> byRubrique = new HashMap<>();
            for (long r : ids) {
                Row w = working.getOrDefault(e, Map.of()).get(r);
                Row p = published.getOrDefault(e, Map.of()).get(r);
                RubriqueStatus status;
                if (w != null && w.etat().equals("SOUMIS")) {
                    status = RubriqueStatus.SOUMISE;
                } else if (p != null) {
                    boolean requested = requests.stream()
                            .anyMatch(q ->
                                    q.etablissement().equals(e) && (q.rubriqueId() == null || q.rubriqueId() == r));
                    status = requested || p.publieLe() == null || p.publieLe().isBefore(tooOld)
                            ? RubriqueStatus.A_REVOIR
                            : RubriqueStatus.PUBLIEE;
                } else if (w != null) {
                    status = RubriqueStatus.BROUILLON;
                } else {
                    status = RubriqueStatus.MANQUANTE;
                }
                byRubrique.put(r, status);
            }
            result.put(e, byRubrique);
        }
        return result;
    }
}
