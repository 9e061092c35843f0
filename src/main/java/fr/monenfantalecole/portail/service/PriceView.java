package fr.monenfantalecole.portail.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One service's price for a family, as the page and the JSON endpoint show it. */
public record PriceView(
        String nom,
        String unite,
        String description,
        String prix,
        String tranche,
        @Nullable String precedente,
        @Nullable String suivante,
        List<String> explications,
        @Nullable String fratrie,
        boolean exemple) {

    static PriceView of(Tarifs.Calcul c) {
        var p = c.prix();
        var g = c.prestation().grille();
        String sibling = c.prixFratrie() == null
                ? null
                : "À partir du " + g.fratrie().aPartirDuRang() + "e enfant inscrit : "
                        + Montants.euros(c.prixFratrie().centimes());
        return new PriceView(
                c.prestation().nom(),
                c.prestation().unite(),
                c.prestation().description(),
                Montants.euros(p.centimes()),
                p.trancheLibelle(),
                voisine(p.precedente()),
                voisine(p.suivante()),
                p.explications(),
                sibling,
                c.prestation().exemple());
    }

    private static @Nullable String voisine(Tarification.@Nullable Voisine v) {
        return v == null ? null : v.libelle() + " : " + Montants.euros(v.prixCentimes());
    }

    /** The JSON shape, in snake_case like the other endpoints, money in cents and in euros. */
    static Map<String, Object> json(Tarifs.Calcul c) {
        var p = c.prix();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", c.prestation().nom());
        m.put("unite", c.prestation().unite());
        m.put("annee_scolaire", c.prestation().anneeScolaire());
        m.put("mode", c.prestation().grille().mode().name().toLowerCase());
        m.put("prix_centimes", p.centimes());
        m.put("prix", Montants.decimal(p.centimes()));
        m.put("tranche", p.tranche() == null ? null : p.tranche() + 1);
        m.put("tranche_libelle", p.trancheLibelle());
        m.put("tranche_precedente", voisineJson(p.precedente()));
        m.put("tranche_suivante", voisineJson(p.suivante()));
        m.put("explications", p.explications());
        if (c.prixFratrie() != null) {
            m.put(
                    "prix_fratrie",
                    Map.of(
                            "a_partir_du_rang",
                            c.prestation().grille().fratrie().aPartirDuRang(),
                            "prix_centimes",
                            c.prixFratrie().centimes()));
        }
        m.put("exemple", c.prestation().exemple());
        return m;
    }

    private static @Nullable Map<String, Object> voisineJson(Tarification.@Nullable Voisine v) {
        return v == null ? null : Map.of("libelle", v.libelle(), "prix_centimes", v.prixCentimes());
    }
}
