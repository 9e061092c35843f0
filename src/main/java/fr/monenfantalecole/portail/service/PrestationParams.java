package fr.monenfantalecole.portail.service;

import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/** The named parameters of a prestation's insert and update: a grid's fields, only those its mode and rules use. */
final class PrestationParams {

    private PrestationParams() {}

    static Map<String, Object> of(long collectiviteId, Prestations.Saisie s, @Nullable Long by) {
        var g = s.grille();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("c", collectiviteId);
        p.put("nom", s.nom());
        p.put("unite", s.unite());
        p.put("description", s.description());
        p.put("annee", s.anneeScolaire());
        p.put("ordre", s.ordre());
        p.put("mode", g.mode().name());
        p.put("bornes", g.bornes().name());
        p.put("taux", g.mode() == Grille.Mode.TAUX_EFFORT ? g.tauxPourcent() : null);
        p.put("plancher", g.mode() == Grille.Mode.TAUX_EFFORT ? g.plancherCentimes() : null);
        p.put("plafond", g.mode() == Grille.Mode.TAUX_EFFORT ? g.plafondCentimes() : null);
        p.put("defaut", g.prixDefautCentimes());
        p.put("nr", g.nonResident().regle().name());
        p.put(
                "nrPct",
                g.nonResident().regle() == Grille.RegleNonResident.MAJORATION
                        ? g.nonResident().majorationPourcent()
                        : null);
        p.put(
                "nrPrix",
                g.nonResident().regle() == Grille.RegleNonResident.PRIX_FIXE
                        ? g.nonResident().prixCentimes()
                        : null);
        p.put("fRang", g.fratrie().active() ? g.fratrie().aPartirDuRang() : null);
        p.put("fPct", g.fratrie().active() ? g.fratrie().reductionPourcent() : null);
        p.put("exemple", s.exemple());
        p.put("by", by);
        // JdbcClient needs typed nulls for numeric columns.
        p.replaceAll((k, v) -> v == null ? new SqlParameterValue(nullType(k), null) : v);
        return p;
    }

    private static int nullType(String key) {
        return switch (key) {
            case "taux", "nrPct", "fPct" -> Types.NUMERIC;
            case "fRang" -> Types.INTEGER;
            default -> Types.BIGINT;
        };
    }
}
