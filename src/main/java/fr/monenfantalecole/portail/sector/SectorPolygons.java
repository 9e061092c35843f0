package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sectors drawn as polygons: a GeoJSON FeatureCollection whose features are Polygons or
 * MultiPolygons (longitude, latitude) with the properties "uai" and "niveau". A point (a home
 * clicked on the map) belongs to the sectors whose polygon contains it.
 */
@Repository
public class SectorPolygons {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final JdbcClient jdbc;

    SectorPolygons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A drawn sector. */
    public record Sector(
            String niveau, String uai, @Nullable String nom, Geometry geometry) {}

    /** The file read: its sectors, or the features to fix (numbered from 1). */
    public record Parsed(List<Sector> sectors, List<String> errors) {}

    public static Parsed parse(String geojson) {
        List<Sector> sectors = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(geojson);
        } catch (RuntimeException e) {
            return new Parsed(List.of(), List.of("Le fichier n'est pas du GeoJSON lisible : " + e.getMessage()));
        }
        if (!"FeatureCollection".equals(root.path("type").asText(""))) {
            return new Parsed(List.of(), List.of("Un GeoJSON de type FeatureCollection est attendu."));
        }
        var reader = new GeoJsonReader(GEOMETRY);
        int number = 0;
        for (JsonNode feature : root.path("features")) {
            number++;
            String uai = feature.path("properties").path("uai").asText("").toUpperCase(Locale.ROOT);
            String niveau = feature.path("properties").path("niveau").asText("").toLowerCase(Locale.ROOT);
            String nom = feature.path("properties").path("nom").asText(null);
            if (!SectorCsv.UAI.matcher(uai).matches()) {
                errors.add(
                        "Secteur " + number + " : propriété « uai » absente ou invalide (7 chiffres et une lettre).");
                continue;
            }
            if (!SectorCsv.NIVEAUX.contains(niveau)) {
                errors.add(
                        "Secteur " + number + " : propriété « niveau » attendue : maternelle, elementaire ou college.");
                continue;
            }
            try {
                Geometry geometry = reader.read(feature.path("geometry").toString());
                if (!(geometry instanceof Polygonal)) {
                    errors.add("Secteur " + number + " : la géométrie doit être un Polygon ou un MultiPolygon.");
                } else if (!geometry.isValid()) {
                    errors.add("Secteur " + number + " : le polygone se recoupe lui-même ; redessinez-le.");
                } else if (!inRange(geometry)) {
                    errors.add("Secteur " + number
                            + " : coordonnées hors de France (longitude puis latitude attendues, en WGS 84).");
                } else {
                    sectors.add(new Sector(niveau, uai, nom, geometry));
                }
            } catch (ParseException | RuntimeException e) {
                errors.add("Secteur " + number + " : géométrie illisible (" + e.getMessage() + ").");
            }
        }
        if (number == 0) {
            errors.add("Le fichier ne contient aucun secteur.");
        }
        return new Parsed(errors.isEmpty() ? sectors : List.of(), errors);
    }

    private static boolean inRange(Geometry g) {
        var e = g.getEnvelopeInternal();
        return e.getMinX() >= -62 && e.getMaxX() <= 56 && e.getMinY() >= -22 && e.getMaxY() <= 52;
    }

    /** Replaces the collectivité's drawn sectors, in one transaction. */
    @Transactional
    public void replace(long collectiviteId, List<Sector> sectors) {
        jdbc.sql("delete from secteur_polygone where collectivite_id = :c")
                .param("c", collectiviteId)
                .update();
        var writer = new GeoJsonWriter();
        writer.setEncodeCRS(false);
        for (var s : sectors) {
            jdbc.sql(
                            "insert into secteur_polygone (collectivite_id, niveau, uai, nom, geometrie) values (:c, :n, :u, :nom, :g)")
                    .param("c", collectiviteId)
                    .param("n", s.niveau())
                    .param("u", s.uai())
                    .param("nom", s.nom())
                    .param("g", writer.write(s.geometry()))
                    .update();
        }
    }

    public int count(long collectiviteId) {
        return jdbc.sql("select count(*) from secteur_polygone where collectivite_id = :c")
                .param("c", collectiviteId)
                .query(Integer.class)
                .single();
    }

    /** The drawn sectors of these collectivités that contain the point. */
    public List<Sector> containing(List<Long> owners, double latitude, double longitude) {
        var point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        var reader = new GeoJsonReader(GEOMETRY);
        List<Sector> found = new ArrayList<>();
        jdbc.sql(
                        "select niveau, uai, nom, geometrie from secteur_polygone where collectivite_id = any(cast(:o as bigint[]))")
                .param("o", owners.toArray(Long[]::new))
                .query(rs -> {
                    try {
                        Geometry g = reader.read(rs.getString("geometrie"));
                        if (g.covers(point)) {
                            found.add(new Sector(rs.getString("niveau"), rs.getString("uai"), rs.getString("nom"), g));
                        }
                    } catch (ParseException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return found;
    }
}
