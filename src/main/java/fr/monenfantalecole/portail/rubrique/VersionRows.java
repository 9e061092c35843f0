package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.StaffUsers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How a row of rubrique_version reads. The names of its author and validator are the account
 * module's: they are asked for by id ({@link StaffUsers#namesOf}), never read from its tables here.
 */
@Component
class VersionRows {

    static final String COLUMNS = """
            v.id, v.rubrique_id, v.etablissement, v.etat, v.texte, v.auteur_id, v.created_at, v.updated_at,
            v.soumis_le, v.publie_le, v.valideur_id, v.commentaire
            from rubrique_version v
            """;

    /** A version as read, without names yet, and the ids of its author and validator. */
    record Row(
            RubriqueVersion version,
            @Nullable Long auteurId,
            @Nullable Long valideurId) {}

    private final StaffUsers users;

    VersionRows(StaffUsers users) {
        this.users = users;
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        var soumis = rs.getTimestamp("soumis_le");
        var publie = rs.getTimestamp("publie_le");
        var version = new RubriqueVersion(
                rs.getLong("id"),
                rs.getLong("rubrique_id"),
                rs.getString("etablissement"),
                RubriqueVersion.State.valueOf(rs.getString("etat")),
                rs.getString("texte"),
                null,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                soumis == null ? null : soumis.toInstant(),
                publie == null ? null : publie.toInstant(),
                null,
                rs.getString("commentaire"));
        return new Row(version, rs.getObject("auteur_id", Long.class), rs.getObject("valideur_id", Long.class));
    }

    /** The versions of these rows with the names of their authors and validators (one query for all). */
    List<RubriqueVersion> named(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        for (var row : rows) {
            Long auteur = row.auteurId();
            Long valideur = row.valideurId();
            if (auteur != null) {
                ids.add(auteur);
            }
            if (valideur != null) {
                ids.add(valideur);
            }
        }
        var names = users.namesOf(ids);
        return rows.stream()
                .map(row -> {
                    var v = row.version();
                    Long auteur = row.auteurId();
                    Long valideur = row.valideurId();
                    return new RubriqueVersion(
                            v.id(),
                            v.rubriqueId(),
                            v.etablissement(),
                            v.etat(),
                            v.texte(),
                            auteur == null ? null : names.get(auteur),
                            v.createdAt(),
                            v.updatedAt(),
                            v.soumisLe(),
                            v.publieLe(),
                            valideur == null ? null : names.get(valideur),
                            v.commentaire());
                })
                .toList();
    }

    Optional<RubriqueVersion> named(Optional<Row> row) {
        return row.map(r -> named(List.of(r)).getFirst());
    }
}
