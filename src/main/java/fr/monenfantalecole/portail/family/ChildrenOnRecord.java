package fr.monenfantalecole.portail.family;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The children another module already holds a record about (an inscription request, a periscolaire
 * sign-up), read by id in one query so a list of records never reads its children one by one. That
 * module has already decided who may read its record (the household, the collectivité's agents, the
 * school's director); this only gives the child's names and class to show next to it.
 */
@Repository
public class ChildrenOnRecord {

    private final JdbcClient jdbc;

    ChildrenOnRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The children of these ids, by id; an id no child has (deleted since) is absent. */
    public Map<Long, Child> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select " + Child.COLUMNS + " from famille_enfant e where e.id in (:ids)")
                .param("ids", ids.stream().distinct().toList())
                .query(new SimplePropertyRowMapper<>(Child.class))
                .list()
                .stream()
                .collect(Collectors.toMap(Child::id, Function.identity()));
    }
}
