package fr.monenfantalecole.portail.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;

/** How a row of {@code collectivite} becomes a {@link Collectivite}: the columns read and their mapping. */
final class CollectiviteRows {

    private CollectiviteRows() {}

    static final String COLUMNS = """
            id, slug, type, nom, code_insee, siren, academie, zone_vacances, parent_id,
            couleur_primaire, couleur_secondaire, site_web, pied_de_page, afficher_ecoles,
            afficher_colleges, logo is not null as has_logo,
            banniere is not null as has_banniere, illustration, version, updated_at
            """;

    static Collectivite map(ResultSet rs, int rowNum) throws SQLException {
        return new Collectivite(
                rs.getLong("id"),
                rs.getString("slug"),
                CollectiviteType.valueOf(rs.getString("type")),
                rs.getString("nom"),
                rs.getString("code_insee"),
                rs.getString("siren"),
                rs.getString("academie"),
                rs.getString("zone_vacances"),
                rs.getObject("parent_id", Long.class),
                rs.getString("couleur_primaire"),
                rs.getString("couleur_secondaire"),
                rs.getString("site_web"),
                rs.getString("pied_de_page"),
                rs.getBoolean("afficher_ecoles"),
                rs.getBoolean("afficher_colleges"),
                rs.getBoolean("has_logo"),
                rs.getBoolean("has_banniere"),
                rs.getString("illustration"),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
