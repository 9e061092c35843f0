package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.AnnuaireScope;
import fr.monenfantalecole.portail.sector.SectorRules;
import fr.monenfantalecole.portail.shared.DatabaseMode;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads real collectivités of Ille-et-Vilaine with their establishments from the Annuaire de
 * l'éducation, on the first start of the embedded default, and says at every start that the demo
 * accounts exist (never their passwords). Never runs against an external database unless {@code portail.demo.enabled=true}.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String ANNUAIRE = "opendata/fr-en-annuaire-education.csv";
    static final String PLATFORM_EMAIL = "plateforme@monenfant.demo";
    static final String PLATFORM_PASSWORD = "demo-plateforme-2026";
    static final String EDITOR_EMAIL = "redaction@monenfant.demo";
    static final String EDITOR_PASSWORD = "demo-redaction-2026";
    static final String REVIEWER_EMAIL = "relecture@monenfant.demo";
    static final String REVIEWER_PASSWORD = "demo-relecture-2026";

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

    static final List<Demo> COLLECTIVITES = List.of(
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

    private final DemoProperties properties;
    private final DatabaseMode mode;
    private final Collectivites collectivites;
    private final StaffUsers users;
    private final AnnuaireImport annuaire;
    private final TransactionTemplate transaction;
    private final LocalValues localValues;
    private final DemoLocalData demoLocalData;
    private final Actualites actualites;
    private final DemoNews demoNews;
    private final SectorRules sectorRules;
    private final DemoSectors demoSectors;
    private final DemoServices demoServices;
    private final DemoSchoolPages demoSchoolPages;

    DemoData(
            DemoProperties properties,
            DatabaseMode mode,
            Collectivites collectivites,
            StaffUsers users,
            AnnuaireImport annuaire,
            TransactionTemplate transaction,
            LocalValues localValues,
            DemoLocalData demoLocalData,
            Actualites actualites,
            DemoNews demoNews,
            SectorRules sectorRules,
            DemoSectors demoSectors,
            DemoServices demoServices,
            DemoSchoolPages demoSchoolPages) {
        this.demoServices = demoServices;
        this.demoSchoolPages = demoSchoolPages;
        this.sectorRules = sectorRules;
        this.demoSectors = demoSectors;
        this.actualites = actualites;
        this.demoNews = demoNews;
        this.localValues = localValues;
        this.demoLocalData = demoLocalData;
        this.properties = properties;
        this.mode = mode;
        this.collectivites = collectivites;
        this.users = users;
        this.annuaire = annuaire;
        this.transaction = transaction;
    }

    boolean enabled() {
        return properties.enabled() != null ? properties.enabled() : mode == DatabaseMode.EMBEDDED;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        if (collectivites.findBySlug("fougeres").isEmpty()) {
            transaction.executeWithoutResult(status -> load());
        }
        if (!users.exists(EDITOR_EMAIL)) {
            transaction.executeWithoutResult(status -> createEditorialAccounts());
        }
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        if (localValues.of(fougeres).isEmpty()) {
            transaction.executeWithoutResult(status -> demoLocalData.load());
        }
        if (actualites.national().isEmpty()) {
            transaction.executeWithoutResult(status -> demoNews.load());
        }
        if (sectorRules.count(collectivites
                        .findBySlug("ille-et-vilaine")
                        .orElseThrow()
                        .id())
                == 0) {
            transaction.executeWithoutResult(status -> demoSectors.load());
        }
        if (!demoServices.loaded()) {
            transaction.executeWithoutResult(status -> demoServices.load());
        }
        if (!demoSchoolPages.loaded()) {
            transaction.executeWithoutResult(status -> demoSchoolPages.load());
        }
        printAccounts();
    }

    private void load() {
        log.info("Chargement des données de démonstration (Ille-et-Vilaine)…");
        Long departementId = null;
        for (Demo demo : COLLECTIVITES) {
            Long parentId = demo.parent() == null
                    ? null
                    : collectivites.findBySlug(demo.parent()).orElseThrow().id();
            long id = collectivites.create(new NewCollectivite(
                    demo.slug(),
                    demo.type(),
                    demo.nom(),
                    demo.codeInsee(),
                    demo.siren(),
                    "Rennes",
                    "B",
                    parentId,
                    demo.primaire(),
                    demo.secondaire(),
                    demo.siteWeb(),
                    demo.piedDePage(),
                    demo.ecoles(),
                    demo.colleges()));
            if (demo.type() == CollectiviteType.DEPARTEMENT) {
                departementId = id;
            }
            demo.members().forEach(m -> collectivites.addMember(id, m[0], m[1]));
            collectivites.updateLogo(id, read("demo/logos/" + demo.slug() + ".png"), "image/png");
            for (String host : demo.hosts()) {
                collectivites.addHost(id, host);
            }
            long admin = users.create(adminEmail(demo.slug()), "Agent de " + demo.nom(), adminPassword(demo.slug()));
            users.grant(admin, Role.COLLECTIVITE_ADMIN, id);
        }
        long platform = users.create(PLATFORM_EMAIL, "Équipe de la plateforme", PLATFORM_PASSWORD);
        users.grant(platform, Role.PLATFORM_ADMIN, null);
        var result = annuaire.apply(
                read(ANNUAIRE),
                AnnuaireScope.everything(new Territory(List.of(), "35")),
                departementId == null ? 0 : departementId,
                "fr-en-annuaire-education.csv",
                null);
        log.info(
                "Démonstration chargée : {} collectivités, {} établissements.",
                COLLECTIVITES.size(),
                result.added().size());
    }

    /** A national writer, and a reviewer who holds every review step, to walk a sheet through the chain. */
    private void createEditorialAccounts() {
        long writer = users.create(EDITOR_EMAIL, "Rédaction nationale", EDITOR_PASSWORD);
        users.grant(writer, "REDACTION", null);
        long reviewer = users.create(REVIEWER_EMAIL, "Relecture nationale", REVIEWER_PASSWORD);
        for (String role : List.of(
                "RELECTURE_JURIDIQUE",
                "RELECTURE_EDUCATION_NATIONALE",
                "RELECTURE_DOCUMENTATION_FRANCAISE",
                "LISIBILITE",
                "ACCESSIBILITE",
                "VALIDATION_FINALE")) {
            users.grant(reviewer, role, null);
        }
    }

    /** Says the demo accounts exist, never their passwords: logs are kept and shipped. */
    private void printAccounts() {
        log.info(
                "Comptes de démonstration présents ({} comptes) : leurs adresses et mots de passe sont dans le README, "
                        + "section « Comptes de démonstration ».",
                3 + COLLECTIVITES.size() + 1 + DemoSchoolPages.SCHOOLS.size());
    }

    static String adminEmail(String slug) {
        return "admin@" + slug + ".demo";
    }

    static String adminPassword(String slug) {
        return "demo-" + slug + "-2026";
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
