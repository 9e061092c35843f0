package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.sector.SectorCsv;
import fr.monenfantalecole.portail.sector.SectorRules;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The carte scolaire of the demo: the official collèges file for the whole département (imported
 * by the Département), and made-up école sectors for Fougères (see demo/README.md).
 */
@Component
class DemoSectors {

    private final SectorRules rules;
    private final Collectivites collectivites;

    DemoSectors(SectorRules rules, Collectivites collectivites) {
        this.rules = rules;
        this.collectivites = collectivites;
    }

    void load() {
        collectivites
                .findBySlug("ille-et-vilaine")
                .ifPresent(c -> rules.replace(
                        c.id(),
                        List.of("college"),
                        parse("opendata/fr-en-carte-scolaire-colleges-publics.csv", "college")));
        collectivites
                .findBySlug("fougeres")
                .ifPresent(c -> rules.replace(
                        c.id(),
                        List.of("maternelle", "elementaire"),
                        parse("demo/carte-scolaire-ecoles-fougeres-demo.csv", null)));
    }

    private static List<fr.monenfantalecole.portail.sector.SectorRule> parse(String path, @Nullable String niveau) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            var parsed = SectorCsv.parse(in.readAllBytes(), niveau);
            if (parsed.fileError() != null || !parsed.errors().isEmpty()) {
                throw new IllegalStateException("Carte scolaire de démonstration illisible : " + path);
            }
            return parsed.rules();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
