package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Slugs;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a test gets a world of its own instead of the demo's: a commune created for it, and what it
 * asks of it next (its admin, an agent, the platform's operator, a school and its director, a local
 * value), each made through the modules' public APIs and all removed when the world is closed.
 *
 * <pre>{@code
 * try (var w = fixtures.commune()) {
 *     mvc.perform(get("/admin/" + w.slug() + "/apparence").with(w.admin().mvc())).andExpect(status().isOk());
 * }
 * }</pre>
 *
 * Each world has a slug, a code INSEE (in the "99" series, which names no French commune) and school
 * UAIs that no other world and no demo collectivité uses, so tests never see each other's data.
 */
@Component
public class Fixtures {

    /** Where this run's numbering starts: two runs on one database do not reuse a slug. */
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private final TemporaryCollectivites temporary;
    private final Collectivites collectivites;
    private final StaffUsers users;
    private final AnnuaireImport annuaire;
    private final LocalValues localValues;
    private final Staff staff;
    private final ClusterEvents cluster;
    private final JdbcClient jdbc;
    private final java.util.Map<String, World> kept = new java.util.HashMap<>();

    Fixtures(
            TemporaryCollectivites temporary,
            Collectivites collectivites,
            StaffUsers users,
            AnnuaireImport annuaire,
            LocalValues localValues,
            Staff staff,
            ClusterEvents cluster,
            JdbcClient jdbc) {
        this.temporary = temporary;
        this.collectivites = collectivites;
        this.users = users;
        this.annuaire = annuaire;
        this.localValues = localValues;
        this.staff = staff;
        this.cluster = cluster;
        this.jdbc = jdbc;
    }

    /** A commune of its own named "Essai N", at "essai-N" (the slug its name gives, as the creation form derives it). */
    public World commune() {
        return build(CollectiviteType.COMMUNE, "Essai", null, null, null);
    }

    /** A commune of its own under this slug and name (a test whose page must show a particular name). */
    public World commune(String slug, String nom) {
        return build(CollectiviteType.COMMUNE, nom, slug, null, null);
    }

    /**
     * A commune of its own over a real commune's territory (code INSEE): for a test that reads lines of
     * the real Annuaire or carte scolaire about it. It shares that territory's schools with whoever
     * else has it, and {@link World#school} refuses it.
     */
    public World commune(String slug, String nom, String codeInsee) {
        return build(CollectiviteType.COMMUNE, nom, slug, codeInsee, null);
    }

    /**
     * An intercommunalité of its own named "Agglomération N", without member communes: {@link
     * World#member()} adds them.
     */
    public World agglomeration() {
        return build(CollectiviteType.EPCI, "Agglomération", null, null, null);
    }

    /**
     * A département of its own named "Département N", code "99" (whose territory holds the worlds'
     * communes): its communes come from {@link World#member()}.
     */
    public World departement() {
        return build(CollectiviteType.DEPARTEMENT, "Département", null, "99", null);
    }

    /**
     * The commune this test context invoices, "Essai facturée N" (code 99…), made on first request and
     * <b>never closed</b>: an issued invoice is immutable (a trigger refuses its update and deletion,
     * as the law asks), so a commune that was invoiced can never be removed. One per context, shared by
     * every test that issues an invoice; each subscribes it for periods (years) no other test uses. Its
     * accounts ({@code admin()}, {@code platform()}…) and its one school (a quote lists a reason per school)
     * stay with it. Calling {@code close()} on it fails.
     */
    public World invoiced() {
        return kept("Essai facturée", "École de la commune facturée");
    }

    /**
     * A second commune invoiced for the whole context, "Essai facturée voisine N", never closed either:
     * only for the tests whose subject is that one collectivité never sees another's invoices (both
     * sides must hold one), {@code billing.BillingIsolationIntegrationTest} and the isolation matrix.
     */
    public World invoicedNeighbour() {
        return kept("Essai facturée voisine", "École de la voisine facturée");
    }

    /** A commune of the context that is never closed, by its name's prefix, with one school; made once. */
    private synchronized World kept(String prefix, String school) {
        var existing = kept.get(prefix);
        if (existing != null) {
            // It lives through every later test: one that imported over the "99" territory may have closed its school.
            existing.reopenSchools();
            return existing;
        }
        var made = build(CollectiviteType.COMMUNE, prefix, null, null, null).kept();
        made.school(school);
        kept.put(prefix, made);
        return made;
    }

    /** A member commune of {@code parent}, listed among its communes, removed before it. */
    World member(World parent) {
        var member = build(CollectiviteType.COMMUNE, "Essai", null, null, parent);
        if (parent.collectivite().type() == CollectiviteType.EPCI) {
            collectivites.addMember(parent.id(), member.codeInsee(), member.nom());
        }
        return member;
    }

    /**
     * The one builder behind the factories: takes the next number N; a name that is a prefix
     * ({@code slug} null) becomes "prefix N" at the slug it gives; a commune without a code INSEE gets
     * "99" and N on three digits; an intercommunalité none.
     */
    private World build(
            CollectiviteType type,
            String nom,
            @Nullable String slug,
            @Nullable String codeInsee,
            @Nullable World parent) {
        int n = NEXT.getAndIncrement() % 1000;
        String name = slug == null ? nom + " " + n : nom;
        String code =
                codeInsee != null || type != CollectiviteType.COMMUNE ? codeInsee : "99" + String.format("%03d", n);
        var made = temporary.create(
                slug == null ? Slugs.of(name) : slug, type, name, code, parent == null ? null : parent.id());
        return new World(this, made);
    }

    TemporaryCollectivites temporary() {
        return temporary;
    }

    Collectivites collectivites() {
        return collectivites;
    }

    StaffUsers users() {
        return users;
    }

    AnnuaireImport annuaire() {
        return annuaire;
    }

    LocalValues localValues() {
        return localValues;
    }

    Staff staff() {
        return staff;
    }

    ClusterEvents cluster() {
        return cluster;
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
