package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.StaffNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** Staff accounts and their grants. */
@Repository
public class StaffUsers implements StaffNames {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    StaffUsers(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** The account an e-mail names, under the one normalised form of logins ({@link LoginName}). */
    Optional<StaffPrincipal> findByEmail(String email) {
        return jdbc.sql("select id, email, nom, password_hash, enabled from staff_user where login = :login")
                .param("login", LoginName.normalise(email).orElse(""))
                .query((rs, n) -> new StaffPrincipal(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("nom"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        grants(rs.getLong("id"))))
                .optional();
    }

    public boolean exists(String email) {
        return idOf(email).isPresent();
    }

    /** Creates an account; the password is stored only as a bcrypt hash. */
    public long create(String email, String nom, String rawPassword) {
        return jdbc.sql("insert into staff_user (email, nom, password_hash) values (:email, :nom, :hash) returning id")
                .param("email", email.strip())
                .param("nom", nom)
                .param("hash", passwordEncoder.encode(rawPassword))
                .query(Long.class)
                .single();
    }

    public void grant(long userId, Role role, @Nullable Long collectiviteId) {
        grant(userId, role.name(), collectiviteId);
    }

    /** Grants a role by name: the editorial roles of the review chain are configured, not fixed. */
    public void grant(long userId, String role, @Nullable Long collectiviteId) {
        jdbc.sql(
                        "insert into role_grant (user_id, role, collectivite_id) values (:user, :role, :collectivite) on conflict do nothing")
                .param("user", userId)
                .param("role", role)
                .param("collectivite", collectiviteId)
                .update();
    }

    /** Makes someone the director of an establishment, on behalf of the collectivité that invited them. */
    public void grantDirector(long userId, long collectiviteId, String etablissement) {
        jdbc.sql("""
                insert into role_grant (user_id, role, collectivite_id, etablissement)
                values (:user, :role, :collectivite, :etablissement) on conflict do nothing""")
                .param("user", userId)
                .param("role", Role.SCHOOL_DIRECTOR.name())
                .param("collectivite", collectiviteId)
                .param("etablissement", etablissement)
                .update();
    }

    /**
     * Takes an establishment away from a director (who left the school, say); their open sessions
     * end, so that the change applies at once rather than at the next login. False when they were
     * not its director for this collectivité.
     */
    public boolean revokeDirector(long userId, long collectiviteId, String etablissement) {
        int removed = jdbc.sql("""
                delete from role_grant where user_id = :user and role = :role and collectivite_id = :collectivite
                   and etablissement = :etablissement""")
                .param("user", userId)
                .param("role", Role.SCHOOL_DIRECTOR.name())
                .param("collectivite", collectiviteId)
                .param("etablissement", etablissement)
                .update();
        if (removed > 0) {
            jdbc.sql(
                            "delete from spring_session where principal_name = (select email from staff_user where id = :user)")
                    .param("user", userId)
                    .update();
        }
        return removed > 0;
    }

    public Optional<Long> idOf(String email) {
        return LoginName.normalise(email).flatMap(this::idOfLogin);
    }

    Optional<Long> idOfLogin(String login) {
        return jdbc.sql("select id from staff_user where login = :login")
                .param("login", login)
                .query(Long.class)
                .optional();
    }

    /**
     * The names of these staff users by id, for the modules that show who wrote or validated
     * something; an id without a user (removed since) is left out.
     */
    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return textById("select id, nom as text from staff_user where id in (:ids)", ids);
    }

    /**
     * The e-mail addresses of those of these staff users whose account is enabled, by id: whom a mail
     * addressed to them may reach. A disabled or removed account is left out.
     */
    public Map<Long, String> enabledEmailsOf(Collection<Long> ids) {
        return textById("select id, email as text from staff_user where id in (:ids) and enabled", ids);
    }

    /** One text column of these users by id, in one query; a user the query leaves out has no entry. */
    private Map<Long, String> textById(String sql, Collection<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query(rs -> {
                texts.put(rs.getLong("id"), rs.getString("text"));
            });
        }
        return texts;
    }

    /** The collectivités that invited this user as director of this establishment. */
    public List<Long> collectivitesOfDirector(long userId, String etablissement) {
        return jdbc.sql("""
                select collectivite_id from role_grant
                 where user_id = :u and role = :role and etablissement = :e and collectivite_id is not null""")
                .param("u", userId)
                .param("role", Role.SCHOOL_DIRECTOR.name())
                .param("e", etablissement)
                .query((rs, n) -> rs.getLong(1))
                .list();
    }

    /** A director as the mairie sees them (also an agent, to whom a director's submission is announced). */
    public record Director(long id, String email, String nom) {}

    /** The directors of an establishment named by a collectivité. */
    public List<Director> directorsOf(long collectiviteId, String etablissement) {
        return jdbc.sql("""
                select u.id, u.email, u.nom from staff_user u join role_grant g on g.user_id = u.id
                 where g.role = :role and g.collectivite_id = :collectivite and g.etablissement = :etablissement
                   and u.enabled
                 order by u.nom""")
                .param("role", Role.SCHOOL_DIRECTOR.name())
                .param("collectivite", collectiviteId)
                .param("etablissement", etablissement)
                .query(new SimplePropertyRowMapper<>(Director.class))
                .list();
    }

    /** Who follows a collectivité's school pages: its administrators and its agents for those pages. */
    public List<Director> schoolPagesAgentsOf(long collectiviteId) {
        return jdbc.sql("""
                select distinct u.id, u.email, u.nom from staff_user u join role_grant g on g.user_id = u.id
                 where g.role in (:roles) and g.collectivite_id = :collectivite and u.enabled
                 order by u.nom""")
                .param("roles", List.of(Role.COLLECTIVITE_ADMIN.name(), Role.COLLECTIVITE_AGENT.name()))
                .param("collectivite", collectiviteId)
                .query(new SimplePropertyRowMapper<>(Director.class))
                .list();
    }

    private List<Grant> grants(long userId) {
        return jdbc.sql("select role, collectivite_id, etablissement from role_grant where user_id = :id")
                .param("id", userId)
                .query((rs, n) -> new Grant(
                        rs.getString("role"),
                        rs.getObject("collectivite_id", Long.class),
                        rs.getString("etablissement")))
                .list();
    }
}
