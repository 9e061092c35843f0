package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Niveau;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.school.SchoolPageKey;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The school pages a collectivité is responsible for: those of the écoles of its territory (the
 * collèges for a département) as it presents them, and those of the establishments it runs itself.
 */
@Service
public class SchoolPages {

    /** Rows read as records: a row is never null, whatever a one-column query may return. */
    private static final RowMapper<LocalStructure> LOCAL_STRUCTURE =
            new SimplePropertyRowMapper<>(LocalStructure.class);

    private final SchoolDirectory directory;
    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    SchoolPages(SchoolDirectory directory, JdbcClient jdbc, ClusterEvents cluster) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    public List<SchoolPage> of(Collectivite collectivite) {
        List<SchoolPage> all = new ArrayList<>();
        directory.presented(collectivite).stream()
                .filter(e -> responsibleFor(collectivite, e))
                .map(SchoolPages::of)
                .forEach(all::add);
        localStructures(collectivite.id()).stream().map(SchoolPages::of).forEach(all::add);
        return all;
    }

    /** One of them, or 404: a key of another collectivité's territory is answered as unknown. */
    public SchoolPage require(Collectivite collectivite, String key) {
        return find(collectivite, key).orElseThrow(() -> new NotFoundException("Établissement introuvable"));
    }

    public Optional<SchoolPage> find(Collectivite collectivite, String key) {
        return SchoolPageKey.parse(key).flatMap(page -> find(collectivite, page));
    }

    public Optional<SchoolPage> find(Collectivite collectivite, SchoolPageKey page) {
        return switch (page) {
            case SchoolPageKey.Local local ->
                localStructure(collectivite.id(), local.id()).map(SchoolPages::of);
            case SchoolPageKey.Annuaire annuaire -> {
                try {
                    var e = directory.page(collectivite, annuaire.uai());
                    yield responsibleFor(collectivite, e) ? Optional.of(of(e)) : Optional.empty();
                } catch (NotFoundException notFound) {
                    yield Optional.empty();
                }
            }
        };
    }

    public List<LocalStructure> localStructures(long collectiviteId) {
        return jdbc.sql("""
                select id, collectivite_id, nom, nature, adresse, latitude, longitude from structure_locale
                 where collectivite_id = :c order by nom""").param("c", collectiviteId).query(LOCAL_STRUCTURE).list();
    }

    /** A structure by its page key ("L" + id), or empty for any other key. */
    public Optional<LocalStructure> localStructure(long collectiviteId, String key) {
        return SchoolPageKey.parse(key).orElse(null) instanceof SchoolPageKey.Local local
                ? localStructure(collectiviteId, local.id())
                : Optional.empty();
    }

    public Optional<LocalStructure> localStructure(long collectiviteId, long id) {
        return jdbc.sql("""
                select id, collectivite_id, nom, nature, adresse, latitude, longitude from structure_locale
                 where collectivite_id = :c and id = :id""")
                .param("c", collectiviteId)
                .param("id", id)
                .query(LocalStructure.class)
                .optional();
    }

    public long addLocalStructure(
            long collectiviteId,
            String nom,
            LocalStructure.Nature nature,
            String adresse,
            @Nullable Double latitude,
            @Nullable Double longitude) {
        long id = jdbc.sql("""
                insert into structure_locale (collectivite_id, nom, nature, adresse, latitude, longitude)
                values (:c, :nom, :nature, :adresse, :lat, :lon) returning id""")
                .param("c", collectiviteId)
                .param("nom", nom)
                .param("nature", nature.name())
                .param("adresse", adresse)
                .param("lat", latitude)
                .param("lon", longitude)
                .query(Long.class)
                .single();
        cluster.publish(new Rubriques.Changed(collectiviteId));
        return id;
    }

    /** Communes and EPCIs answer for écoles, a département for collèges. */
    private static boolean responsibleFor(Collectivite collectivite, Etablissement e) {
        boolean college = e.niveau() == Niveau.COLLEGE;
        return collectivite.type() == CollectiviteType.DEPARTEMENT ? college : !college;
    }

    private static SchoolPage of(Etablissement e) {
        return new SchoolPage(
                e.uai(),
                e.nom(),
                e.nomCommune(),
                e.niveau() == null ? "Établissement" : e.niveau().libelle(),
                "/ecoles/" + e.uai(),
                e.mail());
    }

    private static SchoolPage of(LocalStructure s) {
        return new SchoolPage(s.key(), s.nom(), "", s.natureLibelle(), "/structures/" + s.id(), null);
    }
}
