package fr.monenfantalecole.portail.rubrique;

import java.sql.ResultSet;
import java.sql.SQLException;

/** How a row of rubrique_version reads, with the names of its author and validator. */
final class VersionRows {

    static final String COLUMNS = """
            v.id, v.rubrique_id, v.etablissement, v.etat, v.texte, a.nom as auteur, v.created_at, v.updated_at,
            v.soumis_le, v.publie_le, w.nom as valideur, v.commentaire
            from rubrique_version v left join staff_user a on a.id = v.auteur_id
            left join staff_user w on w.id = v.valideur_id
            """;

    private VersionRows() {}

    static RubriqueVersion map(ResultSet rs, int n) throws SQLException {
        var soumis = rs.getTimestamp("soumis_le");
        var publie = rs.getTimestamp("publie_le");
        return new RubriqueVersion(
                rs.getLong("id"),
                rs.getLong("rubrique_id"),
                rs.getString("etablissement"),
                RubriqueVersion.State.valueOf(rs.getString("etat")),
                rs.getString("texte"),
                rs.getString("auteur"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                soumis == null ? null : soumis.toInstant(),
                publie == null ? null : publie.toInstant(),
                rs.getString("valideur"),
                rs.getString("commentaire"));
    }
}
