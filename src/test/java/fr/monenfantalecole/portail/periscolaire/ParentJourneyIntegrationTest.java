package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.family.FamilyFixture;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parent's journey over HTTP: declare a quotient, sign a child up with a weekly pattern, book next
 * month's usual days, cancel one, be refused a past-deadline day and a public holiday with nothing lost;
 * and the same pages for another household or on another collectivité's portal: 404. The commune, its
 * school, its priced holiday club and the households are the test's own ({@link PeriscolaireFixture}).
 */
@PortailTest
class ParentJourneyIntegrationTest {

    private static final String PASSWORD = "goûter-sous-le-préau-2027";

    @LocalServerPort
    int port;

    @Autowired
    PeriscolaireFixture fixture;

    @Autowired
    FamilyFixture families;

    @Autowired
    JdbcClient jdbc;

    /** The commune whose portal the parent books on. */
    @OwnCommune
    World w;

    /** Another collectivité, whose portal must show nothing of it. */
    @OwnCommune
    World other;

    Activity activity;

    @AfterEach
    void clean() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void aParentBooksAMonthCancelsADayAndIsToldWhyADayIsRefused() throws Exception {
        String uai = w.school("École des Tilleuls").uai();
        String year = AnneeScolaire.of(LocalDate.now());
        long grid = fixture.grid(w, "Restauration scolaire", year, Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE);
        activity = fixture.activity(w, uai, ActivityType.VACANCES, 40, year, grid);
        long activityId = activity.id();
        var parent = family("journey");
        long child = families.child(parent.id, "Journey", "Lina", LocalDate.of(2018, 4, 4), uai, year);
        String space = "/" + w.slug() + "/mon-espace/periscolaire";

        var page = parent.client.get(space);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lina Journey").contains("Vacances").contains("Inscrire Lina");

        var bad = post(parent.client, space + "/quotient", Map.of("quotient", "beaucoup", "origine", "CAF"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"quotient-erreur\"").contains("value=\"beaucoup\"");
        var ok = post(parent.client, space + "/quotient", Map.of("quotient", "742,50", "origine", "CAF"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(parent.client.get(space).body()).contains("742,50").contains("quotient CAF déclaré");

        String base = space + "/enfants/" + child + "/activites/" + activityId;
        var signed = post(parent.client, base + "/inscription", Map.of("jour", "1,2,4,5"));
        assertThat(signed.headers().firstValue("Location")).hasValue(base);

        YearMonth next = YearMonth.now().plusMonths(1);
        var pattern = post(parent.client, base + "/semaine", Map.of("mois", next.toString()));
        assertThat(pattern.statusCode()).isEqualTo(302);
        var open = openDays(next);
        assertThat(bookedDays(child)).containsExactlyElementsOf(open);

        LocalDate cancelled = open.get(2);
        var kept = open.stream()
                .filter(d -> !d.equals(cancelled))
                .map(LocalDate::toString)
                .collect(Collectors.joining(","));
        var saved = post(
                parent.client,
                base + "/jours",
                Map.of(
                        "mois",
                        next.toString(),
                        "affiche",
                        open.stream().map(LocalDate::toString).collect(Collectors.joining(",")),
                        "jour",
                        kept));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(bookedDays(child)).hasSize(open.size() - 1).doesNotContain(cancelled);
        var month = parent.client.get(base + "?mois=" + next);
        assertThat(month.body())
                .contains(fr.monenfantalecole.portail.shared.French.count(
                        open.size() - 1, "jour réservé", "jours réservés"));

        // Refused: today's bookings are past their deadline; nothing else of the same change is saved.
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        var late = post(
                parent.client,
                base + "/jours",
                Map.of("mois", YearMonth.from(tomorrow).toString(), "jour", tomorrow.toString()));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body())
                .contains("role=\"alert\"")
                .contains("ne peut plus être réservé")
                .contains("Rien n'a été enregistré");

        // Other households and other portals see nothing.
        var neighbour = family("other");
        assertThat(neighbour.client.get(base + "?mois=" + next).statusCode()).isEqualTo(404);
        assertThat(post(neighbour.client, base + "/semaine", Map.of("mois", next.toString()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(parent.client
                        .get(base.replace("/" + w.slug() + "/", "/" + other.slug() + "/"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(bookedDays(child)).hasSize(open.size() - 1);
    }

    private List<LocalDate> openDays(YearMonth month) {
        var days = new java.util.ArrayList<LocalDate>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (activity.runs(d) && !PublicHolidays.is(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private List<LocalDate> bookedDays(long child) {
        return jdbc.sql("""
                select r.jour from peri_reservation r join peri_inscription i on i.id = r.inscription_id
                 where i.enfant_id = :e order by r.jour""")
                .param("e", child)
                .query((rs, n) -> rs.getDate(1).toLocalDate())
                .list();
    }

    private record Parent(long id, WebClient client) {}

    private Parent family(String name) throws Exception {
        String email = name + "." + w.slug() + "@famille.test";
        long id = families.adult(w, email, "Parent", "Journey", PASSWORD);
        return new Parent(id, Families.signIn(port, w.slug(), email, PASSWORD));
    }

    private java.net.http.HttpResponse<String> post(WebClient client, String path, Map<String, String> fields)
            throws Exception {
        return client.postForm(path, fields, client.csrf("/" + w.slug() + "/mon-espace/periscolaire"));
    }
}
