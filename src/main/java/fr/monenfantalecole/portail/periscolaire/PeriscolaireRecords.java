package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.HouseholdRecords;
import fr.monenfantalecole.portail.service.Montants;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The periscolaire part of a family's RGPD export: the quotient declared, each sign-up of the adult's
 * children and every booked day with its price. Deletion needs nothing here: the rows go with the
 * adult and the children (foreign keys on delete cascade).
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

    private final JdbcClient jdbc;
    private final Quotients quotients;

    PeriscolaireRecords(JdbcClient jdbc, Quotients quotients) {
        this.jdbc = jdbc;
        this.quotients = quotients;
    }

    @Override
    public Section export(long adultId) {
        var rows = jdbc.sql("""
                select e.prenoms || ' ' || e.nom as enfant, a.type as activite, a.uai as ecole,
                       a.annee_scolaire, i.jours as jours_de_la_semaine, r.jour, r.prix_centimes, r.tranche
                  from peri_inscription i
                  join peri_activite a on a.id = i.activite_id
                  join famille_enfant e on e.id = i.enfant_id
                  join famille_responsabilite fr on fr.enfant_id = e.id and fr.adulte_id = :a and fr.autorite_parentale
                  left join peri_reservation r on r.inscription_id = i.id
                 order by e.prenoms, a.annee_scolaire, a.type, r.jour""")
                .param("a", adultId)
                .query(new SimplePropertyRowMapper<>(Row.class))
                .list();
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
