package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Slugs;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final JdbcClient jdbc;

    Fixtures(
            TemporaryCollectivites temporary,
            Collectivites collectivites,
            StaffUsers users,
            AnnuaireImport annuaire,
            LocalValues localValues,
            Staff staff,
            JdbcClient jdbc) {
        this.temporary = temporary;
        this.collectivites = collectivites;
        this.users = users;
        this.annuaire = annuaire;
        this.localValues = localValues;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    /** A commune of its own named "Essai N", at "essai-N" (the slug its name gives, as the creation form derives it). */
    public World commune() {
        String nom = "Essai " + NEXT.get() % 1000;
        return commune(Slugs.of(nom), nom);
    }

    /** A commune of its own under this slug and name (a test whose page must show a particular name). */
    public World commune(String slug, String nom) {
        int n = NEXT.getAndIncrement() % 1000;
        return commune(slug, nom, "99" + String.format("%03d", n));
    }

    /**
     * A commune of its own over a real commune's territory (code INSEE): for a test that reads lines of
     * the real Annuaire or carte scolaire about it. It shares that territory's schools with whoever
     * else has it, and {@link World#school} refuses it.
     */
    public World commune(String slug, String nom, String codeInsee) {
        return new World(this, temporary.create(slug, nom, codeInsee));
    }

    /**
     * An intercommunalité of its own named "Agglomération N", without member communes: {@link
     * World#member()} adds them.
     */
    public World agglomeration() {
        int n = NEXT.getAndIncrement() % 1000;
        String nom = "Agglomération " + n;
        return new World(this, temporary.create(Slugs.of(nom), CollectiviteType.EPCI, nom, null, null));
    }

    /**
     * A département of its own named "Département N", code "99" (whose territory holds the worlds'
     * communes): its communes come from {@link World#member()}.
     */
    public World departement() {
        int n = NEXT.getAndIncrement() % 1000;
        String nom = "Département " + n;
        return new World(this, temporary.create(Slugs.of(nom), CollectiviteType.DEPARTEMENT, nom, "99", null));
    }

    /** A member commune of {@code parent}, listed among its communes, removed before it. */
    World member(World parent) {
        int n = NEXT.getAndIncrement() % 1000;
        String nom = "Essai " + n;
        var c = temporary.create(
                Slugs.of(nom), CollectiviteType.COMMUNE, nom, "99" + String.format("%03d", n), parent.id());
        if (parent.collectivite().type() == CollectiviteType.EPCI) {
            collectivites.addMember(parent.id(), java.util.Objects.requireNonNull(c.codeInsee()), nom);
        }
        return new World(this, c);
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

    JdbcClient jdbc() {
        return jdbc;
    }
}
