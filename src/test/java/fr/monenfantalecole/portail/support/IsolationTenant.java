package fr.monenfantalecole.portail.support;

import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One collectivité of the isolation campaign and the objects the modules created in it (see
 * {@link ForeignIds}): its slug, a school of its own, its director, and each object's id by name.
 * What is created here is undone after the campaign, last first.
 */
public final class IsolationTenant {

    private final JdbcTemplate jdbc;
    private final Deque<Runnable> undo;
    private final String slug;
    private final long id;
    private final String school;
    private final long director;
    private final Map<String, String> ids = new LinkedHashMap<>();

    public IsolationTenant(
            JdbcTemplate jdbc, Deque<Runnable> undo, String slug, long id, String school, long director) {
        this.jdbc = jdbc;
        this.undo = undo;
        this.slug = slug;
        this.id = id;
        this.school = school;
        this.director = director;
    }

    public String slug() {
        return slug;
    }

    public long id() {
        return id;
    }

    /** The UAI of one of its open schools. */
    public String school() {
        return school;
    }

    /** The user id of that school's director. */
    public long director() {
        return director;
    }

    /** The id of an object a module created, by the name it gave it. */
    public String get(String name) {
        String value = ids.get(name);
        if (value == null) {
            throw new AssertionError("objet « " + name + " » non créé pour " + slug);
        }
        return value;
    }

    public long number(String name) {
        return Long.parseLong(get(name));
    }

    /** Keeps a value that the module did not insert itself (an invoice issued through the service). */
    public void put(String name, String value) {
        ids.put(name, value);
    }

    /**
     * Runs an {@code insert into <table> … returning id} and keeps the id under {@code name}; the row
     * is deleted after the campaign.
     */
    public String insert(String name, String sql, Object... params) {
        Long key = jdbc.queryForObject(sql, Long.class, params);
        String table = sql.strip().split("\\s+")[2];
        undo.push(() -> jdbc.update("delete from " + table + " where id = ?", key));
        ids.put(name, String.valueOf(key));
        return String.valueOf(key);
    }

    /** An import waiting in {@code import_upload} (its id is a uuid), as a module's admin pages start one. */
    public String upload(String name, String kind) {
        var key = UUID.randomUUID();
        jdbc.update("""
                insert into import_upload (id, collectivite_id, kind, file_name, content, uploaded_by)
                values (?, ?, ?, 'matrice.csv', '\\x55414a'::bytea, ?)""", key, id, kind, director);
        undo.push(() -> jdbc.update("delete from import_upload where id = ?", key));
        ids.put(name, key.toString());
        return key.toString();
    }

    /** What to undo after the campaign for a row {@link #insert} does not know (a row without an id column). */
    public void afterwards(Runnable step) {
        undo.push(step);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
