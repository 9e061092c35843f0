package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Pupils per école from the ministry's head-count file ({@code fr-en-ecoles-effectifs-nb_classes},
 * rentrée 2022), the denominator of the seed's indicator "visits per pupil per month". A collectivité's
 * pupils are those of the écoles of its territory; collèges are not in the file.
 */
@Component
public class HeadCounts {

    static final String FILE = "opendata/fr-en-ecoles-effectifs-nb_classes.csv";

    private final SchoolDirectory schools;
    private final Map<String, Integer> pupils;
    private final String rentree;

    HeadCounts(SchoolDirectory schools) {
        this.schools = schools;
        var read = new HashMap<String, Integer>();
        String year = "";
        try (var in = new ClassPathResource(FILE).getInputStream();
                var parser = CsvText.OPEN_DATA.parse(new StringReader(CsvText.decode(in.readAllBytes())))) {
            for (var row : parser) {
                read.put(row.get("Numéro de l'école"), Integer.parseInt(row.get("Nombre total d'élèves")));
                year = row.get("Rentrée scolaire");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.pupils = Map.copyOf(read);
        this.rentree = year;
    }

    /** The pupils of the écoles of this collectivité's territory. */
    public int of(Collectivite collectivite) {
        return schools.list(collectivite, SchoolDirectory.Filter.ALL).stream()
                .mapToInt(e -> pupils.getOrDefault(e.uai(), 0))
                .sum();
    }

    String rentree() {
        return rentree;
    }
}
