package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.family.ChildrenOnRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the agents and directors read for a day: the children expected per school and activity, and the
 * kitchen's count of meals per school. Always for one collectivité, and for one school when a director
 * asks.
 */
@Repository
public class DailyLists {

    /** A child expected at an activity that day. {@code pai}: a PAI exists (what it says is not here). */
    public record Expected(
            String uai,
            String type,
            long enfantId,
            String nom,
            String prenoms,
            @Nullable String niveau,
            boolean pai) {

        public ActivityType activite() {
            return ActivityType.valueOf(type);
        }
    }

    /** The meals of one school that day: each child once, whatever activities include lunch. */
    public record Meals(String uai, long repas) {}

    /** A booking as the periscolaire tables hold it; the child's names come from the family module. */
    private record Booked(String uai, String type, long enfantId) {}

    private static final Comparator<Expected> ORDER = Comparator.comparing(Expected::uai)
            .thenComparing(Expected::type)
            .thenComparing(Child.byName(Expected::nom, Expected::prenoms));

    private final JdbcClient jdbc;
    private final ChildrenOnRecord children;

    DailyLists(JdbcClient jdbc, ChildrenOnRecord children) {
        this.jdbc = jdbc;
        this.children = children;
    }

    public List<Expected> expected(long collectiviteId, @Nullable String uai, LocalDate day) {
        var booked = jdbc.sql("""
                select a.uai, a.type, i.enfant_id
                  from peri_reservation r
                  join peri_activite a on a.id = r.activite_id
                  join peri_inscription i on i.id = r.inscription_id
                 where a.collectivite_id = :c and r.jour = :d and (cast(:uai as text) is null or a.uai = :uai)""")
                .param("c", collectiviteId)
                .param("d", day)
                .param("uai", uai)
                .query((rs, n) -> new Booked(rs.getString("uai"), rs.getString("type"), rs.getLong("enfant_id")))
                .list();
        // One read of the children's names for the whole list, a child gone since is left out.
        Map<Long, Child> byId =
                children.byId(booked.stream().map(Booked::enfantId).toList());
        var expected = new ArrayList<Expected>(booked.size());
        for (var b : booked) {
            Child e = byId.get(b.enfantId());
            if (e != null) {
                expected.add(new Expected(b.uai(), b.type(), e.id(), e.nom(), e.prenoms(), e.niveau(), e.pai()));
            }
        }
        expected.sort(ORDER);
        return List.copyOf(expected);
    }

    public List<Meals> meals(long collectiviteId, LocalDate day) {
        return jdbc.sql("""
                select a.uai, count(distinct i.enfant_id) as repas
                  from peri_reservation r
                  join peri_activite a on a.id = r.activite_id
                  join peri_inscription i on i.id = r.inscription_id
                 where a.collectivite_id = :c and r.jour = :d and a.type in (:types)
                 group by a.uai order by a.uai""")
                .param("c", collectiviteId)
                .param("d", day)
                .param(
                        "types",
                        java.util.Arrays.stream(ActivityType.values())
                                .filter(ActivityType::repas)
                                .map(Enum::name)
                                .toList())
                .query((rs, n) -> new Meals(rs.getString("uai"), rs.getLong("repas")))
                .list();
    }
}
