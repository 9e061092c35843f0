package fr.monenfantalecole.portail.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated versions of the price list: a new version is added, none is ever edited. */
@Repository
public class PriceLists {

    private static final String SELECT = """
            select id, valable_du, prix_ecole_cents, prix_college_cents, minimum_annuel_cents,
                   prix_ecole_epci_cents, prix_ecole_dept_cents, taux_tva_centiemes, prorata_mensuel
              from tarif_version
            """;

    private final JdbcClient jdbc;

    PriceLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PriceList> all() {
        return jdbc.sql(SELECT + " order by valable_du desc")
                .query(new SimplePropertyRowMapper<>(PriceList.class))
                .list();
    }

    /** The version in force on that day. */
    public Optional<PriceList> inForce(LocalDate day) {
        return jdbc.sql(SELECT + " where valable_du <= :day order by valable_du desc limit 1")
                .param("day", day)
                .query(new SimplePropertyRowMapper<>(PriceList.class))
                .optional();
    }

    public Optional<PriceList> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(PriceList.class))
                .optional();
    }

    public boolean exists(LocalDate valableDu) {
        return jdbc.sql("select count(*) from tarif_version where valable_du = :day")
                        .param("day", valableDu)
                        .query((rs, n) -> rs.getLong(1))
                        .single()
                > 0;
    }

    public long add(PriceList p) {
        return jdbc.sql("""
                insert into tarif_version (valable_du, prix_ecole_cents, prix_college_cents, minimum_annuel_cents,
                       prix_ecole_epci_cents, prix_ecole_dept_cents, taux_tva_centiemes, prorata_mensuel)
                values (:day, :ecole, :college, :minimum, :epci, :dept, :tva, :prorata) returning id""")
                .param("day", p.valableDu())
                .param("ecole", p.prixEcoleCents())
                .param("college", p.prixCollegeCents())
                .param("minimum", p.minimumAnnuelCents())
                .param("epci", p.prixEcoleEpciCents())
                .param("dept", p.prixEcoleDeptCents())
                .param("tva", p.tauxTvaCentiemes())
                .param("prorata", p.prorataMensuel())
                .query((rs, n) -> rs.getLong(1))
                .single();
    }
}
