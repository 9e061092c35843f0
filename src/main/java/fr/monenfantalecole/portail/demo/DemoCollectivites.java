package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.tenant.CollectiviteType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The real collectivités of Ille-et-Vilaine the demo loads: the département, an agglomeration with
 * its communes, and four communes, with their identities, colours and host names.
 */
final class DemoCollectivites {

    private DemoCollectivites() {}

    /** A demo collectivité and the communes of its territory (for an EPCI). */
    record Demo(
            String slug,
            CollectiviteType type,
            String nom,
            @Nullable String codeInsee,
            String siren,
            @Nullable String parent,
            String primaire,
            String secondaire,
            String siteWeb,
            String piedDePage,
            boolean ecoles,
            boolean colleges,
            List<String> hosts,
            List<String[]> members) {}

    static final List<Demo> ALL = List.of(
            new Demo(
                    "ille-et-vilaine",
                    CollectiviteType.DEPARTEMENT,
                    "Département d'Ille-et-Vilaine",
                    "35",
                    "223500018",
                    null,
                    "#5a2a82",
                    "#005f73",
                    "https://www.ille-et-vilaine.fr",
                    "Hôtel du Département, 1 avenue de la Préfecture, 35042 Rennes Cedex — 02 99 02 35 35",
                    false,
                    true,
                    List.of(),
                    List.of()),
            new Demo(
                    "fougeres-agglomeration",
                    CollectiviteType.EPCI,
                    "Fougères Agglomération",
                    null,
                    "200072452",
                    "ille-et-vilaine",
                    "#1e5b3a",
                    "#4a2f6b",
                    "https://www.fougeres-agglo.bzh",
                    "Fougères Agglomération, 1 rue Louis Pasteur, 35300 Fougères — 02 99 94 60 30",
                    true,
                    true,
                    List.of(),
                    List.of(
                            new String[] {"35115", "Fougères"},
                            new String[] {"35150", "Lécousse"},
                            new String[] {"35137", "Javené"},
                            new String[] {"35243", "Romagné"},
                            new String[] {"35138", "Laignelet"},
                            new String[] {"35021", "Beaucé"},
                            new String[] {"35215", "Parigné"},
                            new String[] {"35142", "Landéan"},
                            new String[] {"35162", "Louvigné-du-Désert"},
                            new String[] {"35310", "Saint-Sauveur-des-Landes"})),
            new Demo(
                    "fougeres",
                    CollectiviteType.COMMUNE,
                    "Fougères",
                    "35115",
                    "213501158",
                    "fougeres-agglomeration",
                    "#8a1538",
                    "#2d4b73",
                    "https://www.fougeres.fr",
                    "Mairie de Fougères, 2 rue Nationale, 35300 Fougères — service Éducation : 02 99 94 88 88",
                    true,
                    true,
                    List.of("fougeres.localhost"),
                    List.of()),
            new Demo(
                    "rennes",
                    CollectiviteType.COMMUNE,
                    "Rennes",
                    "35238",
                    "213502388",
                    "ille-et-vilaine",
                    "#b0172f",
                    "#1d3f6e",
                    "https://metropole.rennes.fr",
                    "Hôtel de Ville, place de la Mairie, 35000 Rennes — Direction Éducation-Enfance : 02 23 62 10 10",
                    true,
                    false,
                    List.of("rennes.localhost"),
                    List.of()),
            new Demo(
                    "vitre",
                    CollectiviteType.COMMUNE,
                    "Vitré",
                    "35360",
                    "213503600",
                    "ille-et-vilaine",
                    "#00587c",
                    "#6b3a00",
                    "https://www.mairie-vitre.com",
                    "Mairie de Vitré, 5 place du Château, 35500 Vitré — 02 99 75 05 21",
                    true,
                    false,
                    List.of(),
                    List.of()),
            new Demo(
                    "saint-malo",
                    CollectiviteType.COMMUNE,
                    "Saint-Malo",
                    "35288",
                    "213502883",
                    "ille-et-vilaine",
                    "#004b6e",
                    "#7a2e0e",
                    "https://www.saint-malo.fr",
                    "Hôtel de Ville, place Chateaubriand, 35400 Saint-Malo — 02 99 40 71 11",
                    true,
                    true,
                    List.of(),
                    List.of()));
}
