package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mairie asks an establishment for an update before a deadline; the directors get an e-mail,
 * then one reminder a few days before the deadline if nothing was submitted. The request closes
 * when the director submits the rubrique (any rubrique when the request is for the whole page). The
 * e-mails are queued in the outbox within the transaction and leave after it.
 */
@Service
public class UpdateRequests {

    /** Rows read as records: a row is never null, whatever a one-column query may return. */
    private static final RowMapper<Request> REQUEST = new SimplePropertyRowMapper<>(Request.class);

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final StaffUsers users;
    private final Collectivites collectivites;
    private final int remindDaysBefore;
    private final String publicUrl;

    UpdateRequests(
            JdbcClient jdbc,
            Outbox outbox,
            StaffUsers users,
            Collectivites collectivites,
            @Value("${portail.rubriques.relance-jours-avant:3}") int remindDaysBefore,
            @Value("${portail.url-publique:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.users = users;
        this.collectivites = collectivites;
        this.remindDaysBefore = remindDaysBefore;
        this.publicUrl = publicUrl;
    }

    /** An open or closed request. */
    public record Request(
            long id,
            long collectiviteId,
            String etablissement,
            @Nullable Long rubriqueId,
            @Nullable String rubriqueTitre,
            String message,
            LocalDate echeance,
            Instant createdAt,
            @Nullable Instant relanceLe,
            @Nullable Instant closeLe) {

        public String echeanceLisible() {
            return echeance.format(DAY);
        }
    }

    private static final String SELECT = """
            select d.id, d.collectivite_id, d.etablissement, d.rubrique_id, r.titre as rubrique_titre, d.message,
                   d.echeance, d.created_at, d.relance_le, d.close_le
              from demande_mise_a_jour d left join rubrique r on r.id = d.rubrique_id
            """;

    /** Records the request and writes to the establishment's directors; returns how many were written to. */
    @Transactional
    public int request(
            Collectivite collectivite,
            SchoolPage etablissement,
            @Nullable Rubrique rubrique,
            String message,
            LocalDate echeance,
            long by) {
        jdbc.sql("""
                insert into demande_mise_a_jour (collectivite_id, etablissement, rubrique_id, message, echeance, cree_par)
                values (:c, :e, :r, :m, :d, :by)""")
                .param("c", collectivite.id())
                .param("e", etablissement.key())
                .param("r", rubrique == null ? null : rubrique.id())
                .param("m", message)
                .param("d", echeance)
                .param("by", by)
                .update();
        var directors = users.directorsOf(collectivite.id(), etablissement.key());
        for (var d : directors) {
            outbox.send(
                    collectivite.id(),
                    d.email(),
                    "Mise à jour demandée avant le " + echeance.format(DAY) + " : " + etablissement.nom(),
                    """
                    Bonjour,

                    %s vous demande de mettre à jour %s de la page %s avant le %s :

                    « %s »

                    Rédigez puis envoyez la rubrique à la mairie depuis votre espace :
                    %s/admin/mes-etablissements/%s

                    — %s
                    """.formatted(
                                    collectivite.nom(),
                                    rubrique == null ? "les rubriques" : "la rubrique « " + rubrique.titre() + " »",
                                    SchoolNames.de(etablissement.nom()),
                                    echeance.format(DAY),
                                    message,
                                    publicUrl,
                                    etablissement.key(),
                                    collectivite.nom()));
        }
        return directors.size();
    }

    /**
     * The open requests of one collectivité for an establishment (another collectivité's are not its
     * director's business), without those of a deleted rubrique: they come back if it is restored.
     */
    public List<Request> open(long collectiviteId, String etablissement) {
        return jdbc.sql(SELECT + """
                 where d.collectivite_id = :c and d.etablissement = :e and d.close_le is null
                   and (d.rubrique_id is null or r.supprimee_le is null)
                 order by d.echeance""")
                .param("c", collectiviteId)
                .param("e", etablissement)
                .query(REQUEST)
                .list();
    }

    /** Every request of a collectivité, open first. */
    public List<Request> all(long collectiviteId, String etablissement) {
        return jdbc.sql(SELECT + """
                 where d.collectivite_id = :c and d.etablissement = :e
                 order by d.close_le is not null, d.echeance desc""")
                .param("c", collectiviteId)
                .param("e", etablissement)
                .query(REQUEST)
                .list();
    }

    /**
     * Sends one reminder for every open request whose deadline is within the next days (or past).
     * Each request is claimed in one UPDATE … RETURNING, so that two nodes running the job at the
     * same time never remind twice. Returns the number of requests reminded.
     */
    @Transactional
    int sendReminders(LocalDate today) {
        var due = jdbc.sql("""
                update demande_mise_a_jour set relance_le = now()
                 where relance_le is null and close_le is null and echeance <= :limit
                   and (rubrique_id is null
                        or rubrique_id in (select id from rubrique where supprimee_le is null))
                returning id""")
                .param("limit", today.plusDays(remindDaysBefore))
                .query(Long.class)
                .list();
        for (long id : due) {
            var request = jdbc.sql(SELECT + " where d.id = :id")
                    .param("id", id)
                    .query(Request.class)
                    .single();
            var collectivite = collectivites.findById(request.collectiviteId()).orElseThrow();
            for (var d : users.directorsOf(request.collectiviteId(), request.etablissement())) {
                outbox.send(
                        collectivite.id(),
                        d.email(),
                        "Rappel : mise à jour attendue avant le " + request.echeanceLisible(),
                        """
                        Bonjour,

                        Pour rappel, %s attend la mise à jour de %s avant le %s :

                        « %s »

                        Votre espace : %s/admin/mes-etablissements/%s

                        — %s
                        """.formatted(
                                        collectivite.nom(),
                                        request.rubriqueTitre() == null
                                                ? "vos rubriques"
                                                : "la rubrique « " + request.rubriqueTitre() + " »",
                                        request.echeanceLisible(),
                                        request.message(),
                                        publicUrl,
                                        request.etablissement(),
                                        collectivite.nom()));
            }
        }
        return due.size();
    }
}
