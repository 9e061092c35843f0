package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.localdata.FieldType;
import fr.monenfantalecole.portail.localdata.LocalFields;
import fr.monenfantalecole.portail.localdata.LocalValues;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo collectivités' local data (demo/donnees-locales.tsv), checked by the same rules as the
 * back-office form: a value that would be refused there is reported and left out.
 */
@Component
class DemoLocalData {

    private static final Logger log = LoggerFactory.getLogger(DemoLocalData.class);
    static final String FILE = "demo/donnees-locales.tsv";

    private final Collectivites collectivites;
    private final LocalFields fields;
    private final LocalValues values;

    DemoLocalData(Collectivites collectivites, LocalFields fields, LocalValues values) {
        this.collectivites = collectivites;
        this.fields = fields;
        this.values = values;
    }

    /** Problems found in the file: unknown collectivité or field, value the form would refuse. */
    List<String> load() {
        var resource = new ClassPathResource(FILE);
        if (!resource.exists()) {
            return List.of();
        }
        Map<String, Map<String, @Nullable String>> bySlug = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        var format = CSVFormat.TDF
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setQuote(null)
                .get();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (var record : parser) {
                long line = record.getRecordNumber() + 1;
                String slug = record.get("slug");
                String key = record.get("field_key");
                String raw = record.get("value").replace("\\n", "\n");
                var field = fields.find(key);
                if (field.isEmpty()) {
                    problems.add("ligne " + line + " : champ inconnu " + key);
                    continue;
                }
                switch (field.get().type().check(raw)) {
                    case FieldType.Valid valid ->
                        bySlug.computeIfAbsent(slug, s -> new LinkedHashMap<>()).put(key, valid.value());
                    case FieldType.Invalid invalid ->
                        problems.add("ligne " + line + " (" + key + ") : " + invalid.message());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bySlug.forEach((String slug, Map<String, @Nullable String> map) -> collectivites
                .findBySlug(slug)
                .ifPresentOrElse(
                        c -> values.save(c.id(), map, null), () -> problems.add("collectivité inconnue : " + slug)));
        problems.forEach(p -> log.warn("Données locales de démonstration : {}", p));
        return problems;
    }
}
