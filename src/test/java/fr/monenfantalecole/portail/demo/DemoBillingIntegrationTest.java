package fr.monenfantalecole.portail.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's sales: each state the operator and the agents should see on a fresh start, invoice
 * numbers in the order of their dates, and nothing loaded twice on a restart.
 */
@PortailTest
class DemoBillingIntegrationTest {

    @Autowired
    DemoBilling demoBilling;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Clock clock;

    @Test
    void theDemoHasEveryStateNumbersInDateOrderAndLoadsOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String rennesInvoice = jdbc.sql("""
                select f.numero from facture f join devis d on d.id = (select devis_id from abonnement a where a.id = f.abonnement_id)
                 where d.engagement_juridique like 'EJ-%-RENNES' and f.nature = 'FACTURE'""").query(String.class).single();
        assertThat(count("""
                select count(*) from facture f join facture o on o.id = f.facture_origine_id
                 where o.numero = '%s'""".formatted(rennesInvoice))).isEqualTo(1);
        assertThat(count("select count(*) from paiement p join facture f on f.id = p.facture_id where f.numero = '"
                        + rennesInvoice + "'"))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from relance r join facture f on f.id = r.facture_id
                  join abonnement a on a.id = f.abonnement_id join devis d on d.id = a.devis_id
                 where d.engagement_juridique like 'EJ-%-SAINT-MALO' and r.niveau = 1""")).isEqualTo(1);
        LocalDate vitreEnd = jdbc.sql(
                        "select a.fin from abonnement a join devis d on d.id = a.devis_id where d.engagement_juridique like 'EJ-%-VITRE'")
                .query(LocalDate.class)
                .single();
        assertThat(vitreEnd).isBetween(today, today.plusDays(31));
        LocalDate aggloEnd = jdbc.sql("""
                select a.fin from abonnement a join devis d on d.id = a.devis_id
                 where d.engagement_juridique like 'EJ-%-FOUGERES-AGGLOMERATION'""").query(LocalDate.class).single();
        assertThat(aggloEnd).isBefore(today);

        // Numbers follow dates, year by year and series by series.
        List<String> outOfOrder = jdbc.sql("""
                select a.numero from facture a join facture b
                  on a.nature = b.nature and a.annee = b.annee and a.rang < b.rang and a.emise_le > b.emise_le""").query(String.class).list();
        assertThat(outOfOrder).isEmpty();

        // Fougères Agglomération's agents are told; Rennes's admin reads its invoice.
        mvc.perform(get("/admin").with(staff.admin("fougeres-agglomeration")))
                .andExpect(content().string(containsString("au portail a pris fin le")));
        mvc.perform(get("/admin/rennes/abonnement").with(staff.admin("rennes")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(rennesInvoice)));

        long invoices = count("select count(*) from facture");
        long subscriptions = count("select count(*) from abonnement");
        long quotes = count("select count(*) from devis");
        demoBilling.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from facture")).isEqualTo(invoices);
        assertThat(count("select count(*) from abonnement")).isEqualTo(subscriptions);
        assertThat(count("select count(*) from devis")).isEqualTo(quotes);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
