package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The national school holidays, replaced as a whole by each edition of the official file. */
@Repository
public class Holidays {

    public static final String BUNDLED = "FICHIER_INTEGRE";
    public static final String UPLOADED = "TELEVERSEMENT";

    /**
     * Published after an edition replaced the holidays, on every node: every portal's agenda and
     * school pages show them (national data, so no collectivité scope).
     */
    public record Changed() implements ClusterEvent {}

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    Holidays(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    /** The holidays of an académie that end after {@code from} and start before {@code to}. */
    public List<Holiday> of(String academie, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select description, population, debut, fin, academie, zone, annee_scolaire from vacances_scolaires
                 where lower(academie) = lower(:academie) and fin >= :from and debut < :to
                 order by debut, fin, description, population""")
                .param("academie", academie.strip())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Holiday(
                        rs.getString("description"),
                        rs.getString("population"),
                        rs.getObject("debut", LocalDate.class),
                        rs.getObject("fin", LocalDate.class),
                        rs.getString("academie"),
                        rs.getString("zone"),
                        rs.getString("annee_scolaire")))
                .list();
    }

    /** The last day the official calendar knows for an académie, if any. */
    public Optional<LocalDate> knownUntil(String academie) {
        // max() of no row is one null row: read it as a row, not as a required value (an unknown académie must not
        // fail).
        return jdbc.sql("select max(fin) as fin from vacances_scolaires where lower(academie) = lower(:a)")
                .param("a", academie.strip())
                .query((rs, n) -> Optional.ofNullable(rs.getObject("fin", LocalDate.class)))
                .single();
    }

    /**
     * The last holiday day known per académie (its name stripped and lower-cased in Java, as the callers fold
     * it), in one query: for pages that ask of every académie.
     */
    Map<String, LocalDate> knownUntilByAcademie() {
        var until = new HashMap<String, LocalDate>();
        jdbc.sql("select academie, max(fin) as fin from vacances_scolaires group by academie")
                .query(rs -> {
                    until.merge(
                            rs.getString("academie").strip().toLowerCase(Locale.ROOT),
                            rs.getObject("fin", LocalDate.class),
                            (a, b) -> a.isAfter(b) ? a : b);
                });
        return until;
    }

    public List<String> academies() {
        return jdbc.sql("select distinct academie from vacances_scolaires order by academie")
                .query((rs, n) -> rs.getString("academie"))
                .list();
    }

    /** One imported edition. */
    public record Edition(String checksum, String source, String fileName, int lignes, Instant importedAt) {}

    public Optional<Edition> current() {
        return jdbc.sql("""
                select checksum, source, file_name, lignes, imported_at from vacances_import
                 order by imported_at desc, id desc limit 1""")
                .query((rs, n) -> new Edition(
                        rs.getString("checksum"),
                        rs.getString("source"),
                        rs.getString("file_name"),
                        rs.getInt("lignes"),
                        rs.getTimestamp("imported_at").toInstant()))
                .optional();
    }

    /**
     * Imports the file bundled with the application unless this very file (same checksum) was
     * imported before: a new release re-imports a changed file, and never undoes a newer upload
     * with the file it had already shipped.
     *
     * @return whether the file was imported
     */
    @Transactional
    public boolean importBundledIfNew(byte[] content, String fileName) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('vacances_import'))")
                .query(Object.class)
                .list();
        String checksum = checksum(content);
        boolean known = jdbc.sql("select exists (select 1 from vacances_import where checksum = :c)")
                .param("c", checksum)
                .query(Boolean.class)
                .single();
        if (known) {
            return false;
        }
        var parsed = HolidayCsv.parse(content);
        if (!parsed.valid()) {
            throw new IllegalStateException("Le calendrier scolaire intégré est illisible : "
                    + (parsed.fileError() != null
                            ? parsed.fileError()
                            : parsed.errors().getFirst()));
        }
        replace(parsed.holidays(), checksum, BUNDLED, fileName, null);
        return true;
    }

    /** Replaces every holiday with an uploaded edition, already checked by the caller. */
    @Transactional
    public void importUploaded(byte[] content, String fileName, long userId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('vacances_import'))")
                .query(Object.class)
                .list();
        var parsed = HolidayCsv.parse(content);
        if (!parsed.valid()) {
            throw new IllegalArgumentException("Fichier refusé");
        }
        replace(parsed.holidays(), checksum(content), UPLOADED, fileName, userId);
    }

    private void replace(
            List<Holiday> holidays, String checksum, String source, String fileName, @Nullable Long userId) {
        jdbc.sql("delete from vacances_scolaires").update();
        for (Holiday h : holidays) {
            jdbc.sql("""
                    insert into vacances_scolaires (description, population, debut, fin, academie, zone, annee_scolaire)
                    values (:description, :population, :debut, :fin, :academie, :zone, :annee)""")
                    .param("description", h.description())
                    .param("population", h.population())
                    .param("debut", h.debut())
                    .param("fin", h.fin())
                    .param("academie", h.academie())
                    .param("zone", h.zone())
                    .param("annee", h.anneeScolaire())
                    .update();
        }
        jdbc.sql("""
                insert into vacances_import (checksum, source, file_name, lignes, imported_by)
                values (:checksum, :source, :file, :lignes, :user)""")
                .param("checksum", checksum)
                .param("source", source)
                .param("file", fileName)
                .param("lignes", holidays.size())
                .param("user", userId)
                .update();
        cluster.publish(new Changed());
    }

    static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A UID that stays the same across requests, restarts and re-imports of the same line. */
    static String uid(Holiday h) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(h.key().getBytes(StandardCharsets.UTF_8));
            return "vacances-" + HexFormat.of().formatHex(hash, 0, 12) + "@" + AgendaCalendar.UID_DOMAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
