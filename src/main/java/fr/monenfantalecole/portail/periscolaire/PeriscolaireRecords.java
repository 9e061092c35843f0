package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.family.HouseholdRecords;
import fr.monenfantalecole.portail.service.Montants;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The periscolaire part of a family's RGPD export: the quotient declared, each sign-up of the adult's
 * children and every booked day with its price. Deletion needs nothing here: the rows go with the
 * adult and the children (foreign keys on delete cascade). The children and their names are read
 * through {@code family.Children}, which knows who holds parental authority.
 */
@Component
class PeriscolaireRecords implements HouseholdRecords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** A booked day (or a sign-up without any, with no day), as the JSON export gives it. */
    record Row(
            String enfant,
            String activite,
            String ecole,
            String anneeScolaire,
            String joursDeLaSemaine,
            @Nullable LocalDate jour,
            @Nullable Long prixCentimes,
            @Nullable String tranche) {}

    /** A row as read, before the child's name (read through {@code family.Children}) is set. */
    record Signed(
            long enfantId,
            String activite,
            String ecole,
            String anneeScolaire,
            String joursDeLaSemaine,
            @Nullable LocalDate jour,
            @Nullable Long prixCentimes,
            @Nullable String tranche) {}

    private final JdbcClient jdbc;
    private final Quotients quotients;
    private final Children children;

    PeriscolaireRecords(JdbcClient jdbc, Quotients quotients, Children children) {
        this.jdbc = jdbc;
        this.quotients = quotients;
        this.children = children;
    }

    @Override
    public Section export(long adultId) {
        // The children the adult holds parental authority over, as the family module says.
        Map<Long, Child> mine = children.of(adultId).stream().collect(Collectors.toMap(Child::id, c -> c, (x, y) -> x));
        LongFunction<Child> child = id -> Objects.requireNonNull(mine.get(id));
        List<Row> rows = mine.isEmpty()
                ? List.of()
                : jdbc
                        .sql("""
                                select i.enfant_id, a.type as activite, a.uai as ecole, a.annee_scolaire,
                                       i.jours as jours_de_la_semaine, r.jour, r.prix_centimes, r.tranche
                                  from peri_inscription i
                                  join peri_activite a on a.id = i.activite_id
                                  left join peri_reservation r on r.inscription_id = i.id
                                 where i.enfant_id in (:children)
                                 order by a.annee_scolaire, a.type, r.jour""")
                        .param("children", List.copyOf(mine.keySet()))
                        .query(new SimplePropertyRowMapper<>(Signed.class))
                        .stream()
                        .sorted(Comparator.comparing(
                                r -> child.apply(r.enfantId()).prenoms()))
                        .map(r -> new Row(
                                child.apply(r.enfantId()).prenoms() + " "
                                        + child.apply(r.enfantId()).nom(),
                                r.activite(),
                                r.ecole(),
                                r.anneeScolaire(),
                                r.joursDeLaSemaine(),
                                r.jour(),
                                r.prixCentimes(),
                                r.tranche()))
                        .toList();
        var lines = new ArrayList<String>();
        quotients
                .of(adultId)
                .ifPresent(q -> lines.add("Quotient familial : " + Montants.euros(q.quotientCentimes()) + " ("
                        + q.origine().libelle() + ")"));
        var bySignup = new LinkedHashMap<String, List<String>>();
        for (var r : rows) {
            String key = r.enfant() + " — " + ActivityType.valueOf(r.activite()).libelle() + ", école " + r.ecole()
                    + " (" + r.anneeScolaire() + ")";
            var days = bySignup.computeIfAbsent(key, k -> new ArrayList<>());
            if (r.jour() != null && r.prixCentimes() != null) {
                days.add(DAY.format(r.jour()) + " (" + Montants.euros(r.prixCentimes()) + ")");
            }
        }
        bySignup.forEach((signup, days) ->
                lines.add(signup + " : " + (days.isEmpty() ? "aucun jour réservé" : String.join(", ", days))));
        return new Section("Périscolaire : inscriptions et réservations", lines, rows);
    }
}
