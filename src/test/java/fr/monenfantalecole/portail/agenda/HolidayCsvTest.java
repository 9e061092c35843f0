package fr.monenfantalecole.portail.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The official school calendar as published, and what a wrong file says. */
class HolidayCsvTest {

    static byte[] officialFile() throws IOException {
        try (var in = new ClassPathResource("opendata/fr-en-calendrier-scolaire.csv").getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheRealFileWithoutAnError() throws IOException {
        var parsed = HolidayCsv.parse(officialFile());
        assertThat(parsed.fileError()).isNull();
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.holidays()).hasSize(2113);
        assertThat(parsed.valid()).isTrue();
    }

    @Test
    void rennesToussaint2025RunsFromThe18OctoberToTheMorningOfThe3November() throws IOException {
        var toussaint = HolidayCsv.parse(officialFile()).holidays().stream()
                .filter(h -> h.academie().equals("Rennes")
                        && h.anneeScolaire().equals("2025-2026")
                        && h.description().equals("Vacances de la Toussaint"))
                .toList();
        assertThat(toussaint).hasSize(1);
        var h = toussaint.getFirst();
        assertThat(h.debut()).isEqualTo(LocalDate.of(2025, 10, 18));
        assertThat(h.fin()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(h.zone()).isEqualTo("Zone B");
        assertThat(h.population()).isEqualTo("-");

        var period = HolidayPeriod.forParents(toussaint).getFirst();
        assertThat(period.phrase())
                .isEqualTo(
                        "Vacances de la Toussaint : fin des cours samedi 18 octobre 2025, reprise lundi 3 novembre 2025 au matin");
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2025, 11, 2));
    }

    @Test
    void theTeachersLineIsADetailNotThePupilsReturn() throws IOException {
        var summer = HolidayCsv.parse(officialFile()).holidays().stream()
                .filter(h -> h.academie().equals("Rennes")
                        && h.anneeScolaire().equals("2024-2025")
                        && h.description().equals("Vacances d'Été"))
                .toList();
        assertThat(summer).extracting(Holiday::population).containsExactlyInAnyOrder("Élèves", "Enseignants");
        var periods = HolidayPeriod.forParents(summer);
        assertThat(periods).hasSize(1);
        assertThat(periods.getFirst().fin()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(periods.getFirst().phrase())
                .isEqualTo(
                        "Vacances d'été : fin des cours samedi 5 juillet 2025, reprise lundi 1er septembre 2025 au matin");
        assertThat(periods.getFirst().detailEnseignants())
                .isEqualTo("Les enseignants reprennent le vendredi 29 août 2025.");
    }

    @Test
    void aOneDayMarkerAndABridge() throws IOException {
        var rennes = HolidayCsv.parse(officialFile()).holidays().stream()
                .filter(h -> h.academie().equals("Rennes") && h.anneeScolaire().equals("2025-2026"))
                .toList();
        var periods = HolidayPeriod.forParents(rennes);
        var summer = periods.stream()
                .filter(p -> p.description().equals("Début des Vacances d'Été"))
                .findFirst()
                .orElseThrow();
        assertThat(summer.marker()).isTrue();
        assertThat(summer.phrase()).isEqualTo("Début des vacances d'été : fin des cours samedi 4 juillet 2026");
        var bridge = periods.stream()
                .filter(p -> p.description().equals("Pont de l'Ascension"))
                .findFirst()
                .orElseThrow();
        assertThat(bridge.phrase())
                .isEqualTo(
                        "Pont de l'Ascension : pas de classe à partir du jeudi 14 mai 2026, reprise lundi 18 mai 2026 au matin");
    }

    @Test
    void aWrongFileIsRefusedWithTheLineNumbers() {
        String csv = """
                Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire
                Vacances de Noël;-;2026-12-19T00:00:00+01:00;2027-01-04T00:00:00+01:00;Rennes;Zone B;2026-2027
                Vacances d'Hiver;-;le 6 février;2027-02-22;Rennes;Zone B;2026-2027
                Vacances de Printemps;-;2027-04-24;2027-04-10;Rennes;Zone B;2026-2027
                ;-;2027-04-24;2027-05-10;Rennes;Zone B;2026-2027
                """;
        var parsed = HolidayCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).extracting(HolidayCsv.LineError::line).containsExactly(3L, 4L, 5L);
        assertThat(parsed.errors().get(0).message()).contains("date de début illisible « le 6 février »");
        assertThat(parsed.errors().get(1).message()).contains("précède la date de début");
        assertThat(parsed.errors().get(2).message()).contains("description est vide");
    }

    @Test
    void anotherFileIsNotTheCalendar() {
        var parsed = HolidayCsv.parse("nom;prenom\nDupont;Jean\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.fileError())
                .contains("n'est pas le calendrier scolaire")
                .contains("« Date de début »");
        assertThat(HolidayCsv.parse(new byte[0]).fileError()).isEqualTo("Le fichier est vide.");
    }
}
