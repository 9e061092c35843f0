package fr.monenfantalecole.portail.fiche;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The themes of the questions-réponses zone, from content/themes.tsv. */
@Repository
public class Themes {

    private final JdbcClient jdbc;

    Themes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load() {
        var format =
                CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        int position = 0;
        try (var reader = new InputStreamReader(
                        new ClassPathResource("content/themes.tsv").getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (var r : parser) {
                jdbc.sql("""
                        insert into theme (id, libelle, description, position) values (:id, :libelle, :description, :position)
                        on conflict (id) do update set libelle = excluded.libelle, description = excluded.description,
                            position = excluded.position""")
                        .param("id", r.get("theme_id"))
                        .param("libelle", r.get("label_fr"))
                        .param("description", r.get("description_fr"))
                        .param("position", ++position)
                        .update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Theme> all() {
        return jdbc.sql("select id, libelle, description, position from theme order by position")
                .query((rs, n) -> new Theme(
                        rs.getString("id"),
                        rs.getString("libelle"),
                        rs.getString("description"),
                        rs.getInt("position")))
                .list();
    }

    public Optional<Theme> find(String id) {
        return jdbc.sql("select id, libelle, description, position from theme where id = :id")
                .param("id", id)
                .query(Theme.class)
                .optional();
    }
}
