package fr.monenfantalecole.portail.fiche;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The editorial plan ({@code content/fiches.tsv}) loaded into the {@code fiche} table. */
@Repository
class FicheCatalogue {

    private final JdbcClient jdbc;

    FicheCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the catalogue entries not yet known and refreshes the planning columns of the others. */
    @Transactional
    void load() {
        var format =
                CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        int position = 0;
        try (var reader = new InputStreamReader(
                        new ClassPathResource("content/fiches.tsv").getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (var r : parser) {
                jdbc.sql("""
                        insert into fiche (id, theme_id, niveau, question, resume_attendu, champs_prevus,
                            sources_prevues, requetes, position)
                        values (:id, :theme, :niveau, :question, :resume, cast(:champs as text[]), :sources,
                            cast(:requetes as text[]), :position)
                        on conflict (id) do update set theme_id = excluded.theme_id, niveau = excluded.niveau,
                            question = excluded.question, resume_attendu = excluded.resume_attendu,
                            champs_prevus = excluded.champs_prevus, sources_prevues = excluded.sources_prevues,
                            requetes = excluded.requetes, position = excluded.position""")
                        .param("id", r.get("fiche_id"))
                        .param("theme", r.get("theme_id"))
                        .param("niveau", r.get("niveau"))
                        .param("question", r.get("question_fr"))
                        .param("resume", r.get("summary_fr"))
                        .param("champs", split(r.get("local_fields"), ","))
                        .param("sources", r.get("sources"))
                        .param("requetes", split(r.get("dev_queries"), "\\|"))
                        .param("position", ++position)
                        .update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(value.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
