package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.school.AnnuaireScope;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Territory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * One test's own world (see {@link Fixtures}): a collectivité created for it (a commune, or an
 * intercommunalité or a département with the communes {@link #member()} adds) and what the test asked of it,
 * each made on first request through the module that owns it — staff accounts with their grant
 * ({@code StaffUsers}), schools through the Annuaire import ({@code AnnuaireImport}), local values
 * ({@code LocalValues}). {@link #close()} removes it all: the commune with everything it holds, then
 * the schools and the accounts (the account and school modules have no removal of their own, so those
 * two go in SQL; the school module's {@code Etablissements.Changed} follows, as after an import). Not thread-safe: one test, one world.
 */
public final class World implements AutoCloseable {

    /** The password of every account a world creates. */
    public static final String PASSWORD = "mot-de-passe-d-essai-2026";

    /**
     * Numbers the accounts: an account that could not be removed (it wrote a row kept outside the
     * commune) stays, disabled, and a later world under the same slug must not collide with it.
     */
    private static final java.util.concurrent.atomic.AtomicInteger ACCOUNTS =
            new java.util.concurrent.atomic.AtomicInteger();

    private final Fixtures fixtures;
    private final Collectivite commune;
    private final Map<Role, Account> accounts = new EnumMap<>(Role.class);
    private final Map<String, Account> directors = new HashMap<>();
    private @Nullable Account editor;
    private boolean kept;
    private final List<School> schools = new ArrayList<>();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Deque<Runnable> outside = new ArrayDeque<>();

    World(Fixtures fixtures, Collectivite commune) {
        this.fixtures = fixtures;
        this.commune = commune;
    }

    public String slug() {
        return commune.slug();
    }

    public long id() {
        return commune.id();
    }

    public String nom() {
        return commune.nom();
    }

    /** Its code INSEE (a département's code for a département): where its schools are. */
    public String codeInsee() {
        return java.util.Objects.requireNonNull(commune.codeInsee());
    }

    /** The commune as the tenant module knows it now (after the test's writes). */
    public Collectivite collectivite() {
        return fixtures.collectivites().findById(commune.id()).orElseThrow();
    }

    /**
     * A commune of its own under this intercommunalité or département ({@link Fixtures#agglomeration()},
     * {@link Fixtures#departement()}), listed among its communes; closed with it, first.
     */
    public World member() {
        var member = fixtures.member(this);
        undo.push(member::close);
        return member;
    }

    /** Its administrator, {@code admin.N@<slug>.test}. */
    public Account admin() {
        return role(Role.COLLECTIVITE_ADMIN, "admin");
    }

    /** Its agent for the school pages, {@code agent.N@<slug>.test}. */
    public Account agent() {
        return role(Role.COLLECTIVITE_AGENT, "agent");
    }

    /** An operator of the whole platform, {@code plateforme.N@<slug>.test}, for this world's life. */
    public Account platform() {
        return role(Role.PLATFORM_ADMIN, "plateforme");
    }

    /**
     * An account of the national editorial team, {@code redaction.N@<slug>.test}: a grant that is no
     * {@link Role} ({@code REDACTION}, as the review chain names it) and on no collectivité. When the world
     * closes, the drafts it opened and did not send to review go, then the account; one that sent a
     * national fiche further (a version in review or published) is disabled, not removed.
     */
    public Account editor() {
        var made = editor;
        if (made == null) {
            made = reviewer("REDACTION");
            editor = made;
            long id = made.id();
            outside.push(() -> fixtures.jdbc()
                    .sql("delete from fiche_version where author_id = :id and status = 'BROUILLON'")
                    .param("id", id)
                    .update());
        }
        return made;
    }

    /**
     * One more account of the national team with these grants of the review chain (steps' roles, say
     * {@code RELECTURE_EDUCATION_NATIONALE}), on no collectivité: a new one at each call, so that each
     * step can have its own person, or one person hold several steps.
     */
    public Account reviewer(String... grants) {
        var account = account(grants[0].toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "Relecture de " + nom());
        for (String grant : grants) {
            fixtures.users().grant(account.id(), grant, null);
        }
        return account;
    }

    /** One more account with this role on the commune (a second admin, say): a new one at each call. */
    public Account another(Role role) {
        return granted(role, role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** A school of the commune, open, public, maternelle and élémentaire, imported as the Annuaire lists it. */
    public School school(String nom) {
        if (!codeInsee().startsWith("99")) {
            throw new IllegalStateException("Une école d'essai va dans une commune d'essai (code 99…), pas à "
                    + codeInsee() + " : l'import fermerait les écoles réelles de cette commune.");
        }
        var school = new School(codeInsee() + String.format("%02d", schools.size()) + "F", nom);
        schools.add(school);
        reopenSchools();
        if (schools.size() == 1) {
            outside.push(() -> {
                fixtures.jdbc()
                        .sql("delete from etablissement where code_commune = :code")
                        .param("code", codeInsee())
                        .update();
                // What the school module says after an import: caches of school names drop them now.
                fixtures.cluster().publish(new Etablissements.Changed(id()));
            });
        }
        return school;
    }

    /** The schools {@link #school} imported so far, first made first. */
    public List<School> schools() {
        return List.copyOf(schools);
    }

    /**
     * Imports this world's schools, all open, over its commune alone: after {@link #school} adds one, and
     * again when another test's import over a territory that holds this commune (a département of code
     * "99" holds every world) may have closed the schools its file did not list.
     */
    void reopenSchools() {
        var c = collectivite();
        var territory = new Territory(List.of(codeInsee()), null);
        fixtures.annuaire().apply(annuaireCsv(), AnnuaireScope.of(c, territory), c.id(), "annuaire-essai.csv", null);
    }

    /** The director of that school, {@code directeur.<uai>.N@<slug>.test}, invited by this commune. */
    public Account director(School school) {
        return directors.computeIfAbsent(school.uai(), uai -> {
            var account = account("directeur." + uai.toLowerCase(java.util.Locale.ROOT), "Direction " + school.nom());
            fixtures.users().grantDirector(account.id(), id(), uai);
            return account;
        });
    }

    /**
     * Removes, when the world closes, an account the test made through the pages (a director who
     * accepted an invitation, say), found by its e-mail, as the world's own accounts go; none is fine.
     */
    public World forgetWhenClosed(String email) {
        outside.push(() -> fixtures.jdbc()
                .sql("select id from staff_user where email = :email")
                .param("email", email)
                .query(Long.class)
                .optional()
                .ifPresent(this::forget));
        return this;
    }

    /** Publishes a value of the local data dictionary (say {@code periscolaire.horaires_matin}). */
    public World localValue(String key, String value) {
        Map<String, @Nullable String> change = Map.of(key, value);
        fixtures.localValues().save(id(), change, null);
        return this;
    }

    /** Something to undo when the world closes, before the commune goes (last given, first run). */
    public World afterwards(Runnable step) {
        undo.push(step);
        return this;
    }

    /**
     * Runs the steps given to {@link #afterwards}, removes the commune and all it holds, then what this
     * world made outside it, last made first. Fails, as {@link TemporaryCollectivites#delete} does,
     * when the test issued an invoice.
     */
    @Override
    public void close() {
        if (kept) {
            throw new IllegalStateException(nom() + " a été facturée : elle reste jusqu'à la fin du contexte.");
        }
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
        fixtures.temporary().delete(commune);
        while (!outside.isEmpty()) {
            outside.pop().run();
        }
    }

    /** Marks the world as one that is never closed ({@link Fixtures#invoiced()}). */
    World kept() {
        kept = true;
        return this;
    }

    private Account role(Role role, String name) {
        return accounts.computeIfAbsent(role, r -> granted(r, name));
    }

    private Account granted(Role role, String name) {
        var account = account(name, name + " de " + nom());
        fixtures.users().grant(account.id(), role, role == Role.PLATFORM_ADMIN ? null : id());
        return account;
    }

    private Account account(String local, String nom) {
        String email = local + "." + ACCOUNTS.incrementAndGet() + "@" + slug() + ".test";
        long id = fixtures.users().create(email, nom, PASSWORD);
        outside.push(() -> forget(id));
        return new Account(id, email, fixtures.staff());
    }

    /**
     * Removes an account with its grants and its lines in the journal (its logins); one that wrote
     * something kept outside the commune (a national fiche) cannot go and is disabled instead.
     */
    private void forget(long account) {
        var jdbc = fixtures.jdbc();
        jdbc.sql("delete from role_grant where user_id = :id")
                .param("id", account)
                .update();
        jdbc.sql("delete from audit_event where user_id = :id")
                .param("id", account)
                .update();
        try {
            jdbc.sql("delete from staff_user where id = :id")
                    .param("id", account)
                    .update();
        } catch (DataIntegrityViolationException e) {
            jdbc.sql("update staff_user set enabled = false where id = :id")
                    .param("id", account)
                    .update();
        }
    }

    private byte[] annuaireCsv() {
        var csv = new StringBuilder(
                "identifiant_de_l_etablissement;nom_etablissement;type_etablissement;statut_public_prive;"
                        + "ecole_maternelle;ecole_elementaire;code_commune;nom_commune;etat\r\n");
        for (var s : schools) {
            csv.append(String.join(";", s.uai(), s.nom(), "Ecole", "Public", "1", "1", codeInsee(), nom(), "OUVERT"))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
