package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.tenant.Collectivites;
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

    /** A commune of its own, "essai-N", named "Commune d'essai N". */
    public World commune() {
        int n = NEXT.getAndIncrement() % 1000;
        return commune("essai-" + n, "Commune d'essai " + n);
    }

    /** A commune of its own under this slug and name (a test whose page must show a particular name). */
    public World commune(String slug, String nom) {
        int n = NEXT.getAndIncrement() % 1000;
        String insee = "99" + String.format("%03d", n);
        var c = temporary.create(slug, nom, insee);
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
