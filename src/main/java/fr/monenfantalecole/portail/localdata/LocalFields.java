package fr.monenfantalecole.portail.localdata;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The local fields dictionary, kept in the repository (content/local-fields.tsv) and in PostgreSQL. */
@Repository
public class LocalFields {

    static final String DICTIONARY = "content/local-fields.tsv";

    private final JdbcClient jdbc;
    private volatile Map<String, LocalField> byKey = Map.of();

    LocalFields(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the dictionary file into the table (new fields added, labels and help updated). */
    @Transactional
    public int loadDictionary() {
        int position = 0;
        var format =
                CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(
                        new ClassPathResource(DICTIONARY).getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (var record : parser) {
                jdbc.sql("""
                        insert into local_field (key, type, libelle, aide, exemple, position)
                        values (:key, :type, :libelle, :aide, :exemple, :position)
                        on conflict (key) do update set type = excluded.type, libelle = excluded.libelle,
                            aide = excluded.aide, exemple = excluded.exemple, position = excluded.position""")
                        .param("key", record.get("field_key"))
                        .param("type", FieldType.of(record.get("type")).name().toLowerCase(java.util.Locale.ROOT))
                        .param("libelle", record.get("label_fr"))
                        .param("aide", record.get("help_fr"))
                        .param("exemple", record.get("example_fr"))
                        .param("position", ++position)
                        .update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
        return position;
    }

    public void refresh() {
        byKey = jdbc
                .sql("select key, type, libelle, aide, exemple, position from local_field order by position")
                .query((rs, n) -> new LocalField(
                        rs.getString("key"),
                        FieldType.of(rs.getString("type")),
                        rs.getString("libelle"),
                        rs.getString("aide"),
                        rs.getString("exemple"),
                        rs.getInt("position")))
                .list()
                .stream()
                .collect(Collectors.toMap(LocalField::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<LocalField> all() {
        if (byKey.isEmpty()) {
            refresh();
        }
        return List.copyOf(byKey.values());
    }

    public Optional<LocalField> find(String key) {
        if (byKey.isEmpty()) {
            refresh();
        }
        return Optional.ofNullable(byKey.get(key));
    }
}
