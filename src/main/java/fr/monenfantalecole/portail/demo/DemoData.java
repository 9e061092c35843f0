package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.AnnuaireScope;
import fr.monenfantalecole.portail.sector.SectorRules;
import fr.monenfantalecole.portail.shared.DatabaseMode;
import fr.monenfantalecole.portail.shared.StartupTasks;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.NewCollectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
    private final StartupTasks startup;
    private static final String STARTUP_TASK = "données de démonstration";

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
            DemoSchoolPages demoSchoolPages,
            StartupTasks startup) {
        this.startup = startup;
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
        if (enabled()) {
            startup.expect(STARTUP_TASK);
        }
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
        startup.done(STARTUP_TASK);
    }

    private void load() {
        log.info("Chargement des données de démonstration (Ille-et-Vilaine)…");
        Long departementId = null;
        for (DemoCollectivites.Demo demo : DemoCollectivites.ALL) {
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
                DemoCollectivites.ALL.size(),
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
                3 + DemoCollectivites.ALL.size() + 1 + DemoSchoolPages.SCHOOLS.size());
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
