package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
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

    /** Published after a collectivité's drawn sectors were replaced, on every node. */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    SectorPolygons(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
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
        cluster.publish(new Changed(collectiviteId));
    }

    public int count(long collectiviteId) {
        return jdbc.sql("select count(*) from secteur_polygone where collectivite_id = :c")
                .param("c", collectiviteId)
                .query(Integer.class)
                .single();
    }

    /** The drawn sectors of these collectivités, read once into shapes (a lookup keeps them, see CarteScolaire). */
    public List<Sector> of(List<Long> owners) {
        var reader = new GeoJsonReader(GEOMETRY);
        return jdbc.sql(
                        "select niveau, uai, nom, geometrie from secteur_polygone where collectivite_id = any(cast(:o as bigint[]))")
                .param("o", owners.toArray(Long[]::new))
                .query((rs, n) -> {
                    try {
                        return new Sector(
                                rs.getString("niveau"),
                                rs.getString("uai"),
                                rs.getString("nom"),
                                reader.read(rs.getString("geometrie")));
                    } catch (ParseException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .list();
    }

    /** Those of the sectors that contain the point (on their edge included). */
    public static List<Sector> containing(List<Sector> sectors, double latitude, double longitude) {
        var point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        return sectors.stream().filter(s -> s.geometry().covers(point)).toList();
    }
}
