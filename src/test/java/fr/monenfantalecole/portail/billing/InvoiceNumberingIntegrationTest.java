package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * French law: invoices in one continuous sequence per year, with no gap and no duplicate, even when
 * several are issued at once or one rolls back; an issued invoice never changes.
 */
@PortailTest
class InvoiceNumberingIntegrationTest {

    @Autowired
    Quoting quoting;

    @Autowired
    InvoiceIssuing issuing;

    /** Its invoiced commune ({@link Fixtures#invoiced()}): what it invoices is never removed. */
    @Autowired
    Fixtures fixtures;

    @Autowired
    PriceLists prices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    static Subscription subscribe(Quoting quoting, PriceLists prices, Collectivite c, LocalDate start, String ej) {
        if (prices.inForce(start).isEmpty()) {
            prices.add(new PriceList(0, LocalDate.of(2020, 1, 1), 7_500, 7_500, 60_000, null, null, 2_000, true));
        }
        long quote = quoting.quote(c, start, Map.of(), null);
        return quoting.accept(
                c,
                quote,
                new Quote.Order(
                        start,
                        ej,
                        "EDUCATION",
                        "21350115800013",
                        "1 place de la Mairie\n99000 " + c.nom(),
                        billingAddress(c)),
                null);
    }

    /** Where a subscription made by {@link #subscribe} sends its invoices and reminders. */
    static String billingAddress(Collectivite c) {
        return "compta@" + c.slug() + ".test";
    }

    @Test
    void concurrentIssuingAndARollbackLeaveNoGapAndNoDuplicate() throws Exception {
        var invoiced = fixtures.invoiced().collectivite();
        var periods = new ArrayList<Subscription>();
        for (int i = 0; i < 7; i++) {
            periods.add(subscribe(quoting, prices, invoiced, LocalDate.of(2040 + i, 1, 1), "EJ-CONC-" + i));
        }
        var rolledBack = subscribe(quoting, prices, invoiced, LocalDate.of(2050, 1, 1), "EJ-ROLLBACK");
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<String>>();
        for (var s : periods) {
            tasks.add(() -> {
                start.await();
                return issuing.invoice(s.id(), null).numero();
            });
        }
        tasks.add(() -> {
            start.await();
            try {
                transaction.executeWithoutResult(status -> {
                    issuing.invoice(rolledBack.id(), null);
                    throw new IllegalStateException("annulé après l'émission");
                });
            } catch (IllegalStateException expected) {
                return "rolled back";
            }
            return "not rolled back";
        });
        List<Future<String>> results;
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            results = futures;
        }
        var numbers = new ArrayList<String>();
        for (var r : results) {
            numbers.add(r.get());
        }
        assertThat(numbers).contains("rolled back").doesNotHaveDuplicates().hasSize(8);
        assertThat(jdbc.sql("select count(*) from facture where abonnement_id = :a")
                        .param("a", rolledBack.id())
                        .query(Long.class)
                        .single())
                .isZero();

        int year = LocalDate.now(clock).getYear();
        List<Integer> ranks = jdbc.sql("select rang from facture where nature = 'FACTURE' and annee = :y order by rang")
                .param("y", year)
                .query((rs, n) -> rs.getInt(1))
                .list();
        assertThat(ranks).hasSizeGreaterThanOrEqualTo(7);
        for (int i = 0; i < ranks.size(); i++) {
            assertThat(ranks.get(i)).as("no gap, no duplicate").isEqualTo(i + 1);
        }
        assertThat(jdbc.sql("select dernier from facture_compteur where serie = 'F' and annee = :y")
                        .param("y", year)
                        .query(Integer.class)
                        .single())
                .isEqualTo(ranks.size());

        // The rolled-back period is simply invoiced later, with the next number.
        var later = issuing.invoice(rolledBack.id(), null);
        assertThat(later.numero()).isEqualTo(InvoiceNumbers.format(Invoice.Nature.FACTURE, year, ranks.size() + 1));
    }

    @Test
    void anIssuedInvoiceCannotBeChangedNorDeletedEvenInSql() {
        var invoiced = fixtures.invoiced().collectivite();
        var period = subscribe(quoting, prices, invoiced, LocalDate.of(2060, 3, 1), "EJ-IMMUABLE");
        var invoice = issuing.invoice(period.id(), null);
        assertThat(invoice.totalHtCents()).isPositive();

        assertThatThrownBy(() -> jdbc.sql("update facture set total_ht_cents = 0 where id = :id")
                        .param("id", invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("une facture émise ne se modifie pas");
        assertThatThrownBy(() -> jdbc.sql("delete from facture where id = :id")
                        .param("id", invoice.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> issuing.invoice(period.id(), null)).isInstanceOf(BillingRefusal.class);

        // Corrections are credit notes: partial, then the rest, never more.
        var partial = issuing.creditNote(invoice.id(), 10_000, "école fermée", null);
        assertThat(partial.numero()).startsWith("AV-");
        assertThat(partial.totalHtCents()).isEqualTo(10_000);
        issuing.creditNote(invoice.id(), invoice.totalHtCents() - 10_000, "résiliation", null);
        assertThatThrownBy(() -> issuing.creditNote(invoice.id(), 1, "trop", null))
                .isInstanceOf(BillingRefusal.class);
        FacturXTest.assertValid(jdbc.sql("select pdf from facture where id = :id")
                .param("id", partial.id())
                .query((rs, n) -> rs.getBytes(1))
                .single());
    }
}
