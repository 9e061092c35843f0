package fr.monenfantalecole.portail.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of the prestation table as read, before its tranches (another table) join it. */
record PrestationRow(
        long id,
        long collectiviteId,
        String nom,
        String unite,
        String description,
        String annee,
        int ordre,
        Grille.Mode mode,
        Grille.Bornes bornes,
        @Nullable BigDecimal taux,
        @Nullable Long plancher,
        @Nullable Long plafond,
        long defaut,
        Grille.NonResident nonResident,
        Grille.Fratrie fratrie,
        boolean exemple) {

    static PrestationRow map(ResultSet rs, int n) throws SQLException {
        return new PrestationRow(
                rs.getLong("id"),
                rs.getLong("collectivite_id"),
                rs.getString("nom"),
                rs.getString("unite"),
                rs.getString("description"),
                rs.getString("annee_scolaire"),
                rs.getInt("ordre"),
                Grille.Mode.valueOf(rs.getString("mode")),
                Grille.Bornes.valueOf(rs.getString("bornes")),
                rs.getBigDecimal("taux_pourcent"),
                nullableLong(rs, "plancher_centimes"),
                nullableLong(rs, "plafond_centimes"),
                rs.getLong("prix_defaut_centimes"),
                new Grille.NonResident(
                        Grille.RegleNonResident.valueOf(rs.getString("non_resident")),
                        rs.getBigDecimal("non_resident_pourcent"),
                        nullableLong(rs, "non_resident_centimes")),
                rs.getObject("fratrie_rang") == null
                        ? Grille.Fratrie.AUCUNE
                        : new Grille.Fratrie(rs.getInt("fratrie_rang"), rs.getBigDecimal("fratrie_pourcent")),
                rs.getBoolean("exemple"));
    }

    Prestation toPrestation(List<Grille.Tranche> tranches) {
        return new Prestation(
                id,
                collectiviteId,
                nom,
                unite,
                description,
                annee,
                ordre,
                new Grille(mode, bornes, tranches, taux, plancher, plafond, defaut, nonResident, fratrie),
                exemple);
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
