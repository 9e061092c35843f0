package fr.monenfantalecole.portail.agenda;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** At every start, imports the bundled school calendar if this edition was never imported. */
@Component
@Order(5)
class HolidayStartup implements ApplicationRunner {

    static final String FILE = "fr-en-calendrier-scolaire.csv";
    private static final Logger log = LoggerFactory.getLogger(HolidayStartup.class);

    private final Holidays holidays;

    HolidayStartup(Holidays holidays) {
        this.holidays = holidays;
    }

    @Override
    public void run(ApplicationArguments args) {
        byte[] content;
        try (var in = new ClassPathResource("opendata/" + FILE).getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (holidays.importBundledIfNew(content, FILE)) {
            log.info("Calendrier scolaire importé depuis {}.", FILE);
        }
    }
}
