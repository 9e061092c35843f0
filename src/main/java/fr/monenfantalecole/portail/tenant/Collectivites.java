package fr.monenfantalecole.portail.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The collectivités, their territory and host names.
 *
 * <p>Every request looks its collectivité up by host or slug before anything else: those lookups
 * are kept in memory (a soak at 256 connections spent the pool on them), emptied on every write
 * here and, through {@link ClusterEvents}, on every node when the write commits.
 */
@Repository
public class Collectivites {

    /** Published after any write of a collectivité or its hosts, on every node: lookups kept in memory go. */
    public record Changed() implements ClusterEvent {}

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;
    private final IdentityWrites identities;
    private final PublicPages pages;
    // Unknown names are remembered too (bounded), so random hosts or slugs do not reach the database
    // each time; the expiry only backs up a notification that would not arrive.
    private final Cache<String, Optional<Collectivite>> bySlug = lookups();
    private final Cache<String, Optional<Collectivite>> byHost = lookups();
    private final Cache<Long, List<String>> hostsById = lookups();

    Collectivites(JdbcClient jdbc, ClusterEvents cluster, IdentityWrites identities, PublicPages pages) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        this.identities = identities;
        this.pages = pages;
    }

    private static <K, V> Cache<K, V> lookups() {
        return Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofMinutes(10))
                .build();
    }

    @EventListener(Changed.class)
    void onChanged() {
        forget();
    }

    /** After any write: this node forgets now, every node (this one again) when the write commits. */
    void changed() {
        forget();
        cluster.publish(new Changed());
    }

    /**
     * Forgets the lookups kept in memory, and the public pages built on them, after a write made around
     * this class (a test, a SQL console).
     */
    public void forget() {
        bySlug.invalidateAll();
        byHost.invalidateAll();
        hostsById.invalidateAll();
        pages.forget();
    }

    public Optional<Collectivite> findBySlug(String slug) {
        return bySlug.get(slug, this::loadBySlug);
    }

    public Optional<Collectivite> findByHost(String host) {
        return byHost.get(host.toLowerCase(Locale.ROOT), this::loadByHost);
    }

    private Optional<Collectivite> loadBySlug(String slug) {
        return jdbc.sql("select " + CollectiviteRows.COLUMNS + " from collectivite where slug = :slug")
                .param("slug", slug)
                .query(CollectiviteRows::map)
                .optional();
    }

    private Optional<Collectivite> loadByHost(String host) {
        return jdbc.sql("select " + CollectiviteRows.COLUMNS + """
                 from collectivite c join collectivite_host h on h.collectivite_id = c.id
                where h.host = :host and h.valide_le is not null""")
                .param("host", host)
                .query(CollectiviteRows::map)
                .optional();
    }

    public Optional<Collectivite> findById(long id) {
        return jdbc.sql("select " + CollectiviteRows.COLUMNS + " from collectivite where id = :id")
                .param("id", id)
                .query(CollectiviteRows::map)
                .optional();
    }

    public List<Collectivite> all() {
        return jdbc.sql("select " + CollectiviteRows.COLUMNS + " from collectivite order by type, nom")
                .query(CollectiviteRows::map)
                .list();
    }

    public List<Collectivite> children(long id) {
        return jdbc.sql("select " + CollectiviteRows.COLUMNS + " from collectivite where parent_id = :id order by nom")
                .param("id", id)
                .query(CollectiviteRows::map)
                .list();
    }

    /** The parent, the parent's parent and so on: an agent of an EPCI manages its member communes. */
    public List<Long> ancestorIds(long id) {
        return jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from collectivite where id = :id
                    union all
                    select c.id, c.parent_id, up.depth + 1
                      from collectivite c join up on c.id = up.parent_id
                     where up.depth < 10)
                select id from up where id <> :id order by depth""").param("id", id).query((rs, n) -> rs.getLong(1)).list();
    }

    public List<CommuneMembre> members(long id) {
        return jdbc.sql("select code_insee, nom from collectivite_commune where collectivite_id = :id order by nom")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(CommuneMembre.class))
                .list();
    }

    public Territory territory(Collectivite collectivite) {
        return switch (collectivite.type()) {
            case COMMUNE ->
                new Territory(collectivite.codeInsee() == null ? List.of() : List.of(collectivite.codeInsee()), null);
            case EPCI ->
                new Territory(
                        members(collectivite.id()).stream()
                                .map(CommuneMembre::codeInsee)
                                .toList(),
                        null);
            case DEPARTEMENT -> new Territory(List.of(), collectivite.codeInsee());
        };
    }

    /** The host names that serve this collectivité's portal (validated by the platform). */
    public List<String> hosts(long id) {
        return hostsById.get(id, this::loadHosts);
    }

    private List<String> loadHosts(long id) {
        return jdbc.sql(
                        "select host from collectivite_host where collectivite_id = :id and valide_le is not null order by host")
                .param("id", id)
                .query((rs, n) -> rs.getString("host"))
                .list();
    }

    public Optional<Logo> logo(long id) {
        return jdbc.sql("select logo, logo_type, version from collectivite where id = :id and logo is not null")
                .param("id", id)
                .query((rs, n) -> new Logo(rs.getBytes("logo"), rs.getString("logo_type"), rs.getInt("version")))
                .optional();
    }

    public long create(NewCollectivite c) {
        long id = jdbc.sql("""
                insert into collectivite (slug, type, nom, code_insee, siren, academie, zone_vacances,
                    parent_id, couleur_primaire, couleur_secondaire, site_web, pied_de_page,
                    afficher_ecoles, afficher_colleges)
                values (:slug, :type, :nom, :codeInsee, :siren, :academie, :zone, :parentId,
                    :primaire, :secondaire, :siteWeb, :piedDePage, :ecoles, :colleges)
                returning id""")
                .param("slug", c.slug())
                .param("type", c.type().name())
                .param("nom", c.nom())
                .param("codeInsee", c.codeInsee())
                .param("siren", c.siren())
                .param("academie", c.academie())
                .param("zone", c.zoneVacances())
                .param("parentId", c.parentId())
                .param("primaire", c.couleurPrimaire())
                .param("secondaire", c.couleurSecondaire())
                .param("siteWeb", c.siteWeb())
                .param("piedDePage", c.piedDePage())
                .param("ecoles", c.afficherEcoles())
                .param("colleges", c.afficherColleges())
                .query(Long.class)
                .single();
        changed();
        return id;
    }

    public void addMember(long id, String codeInsee, String nom) {
        jdbc.sql("""
                insert into collectivite_commune (collectivite_id, code_insee, nom) values (:id, :code, :nom)
                on conflict do nothing""").param("id", id).param("code", codeInsee).param("nom", nom).update();
    }

    /** A host name set up by the operator (or the demo), serving at once. */
    public void addHost(long id, String host) {
        jdbc.sql("insert into collectivite_host (host, collectivite_id, valide_le) values (:host, :id, now())")
                .param("host", host)
                .param("id", id)
                .update();
        changed();
    }

    /**
     * Saves the identity. Host names already declared keep their state; new ones wait for the
     * platform's validation unless the operator typed them ({@code byOperator}).
     */
    public void updateIdentity(long id, IdentityChange change, boolean byOperator) {
        identities.save(id, change, byOperator);
        changed();
    }

    public void updateColours(long id, String primaire, String secondaire) {
        jdbc.sql("""
                update collectivite set couleur_primaire = :primaire, couleur_secondaire = :secondaire,
                       version = version + 1, updated_at = now()
                 where id = :id""")
                .param("id", id)
                .param("primaire", primaire)
                .param("secondaire", secondaire)
                .update();
        changed();
    }

    public void updateLogo(long id, byte @Nullable [] logo, @Nullable String type) {
        jdbc.sql(
                        "update collectivite set logo = :logo, logo_type = :type, version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .param("logo", logo)
                .param("type", type)
                .update();
        changed();
    }

    /** A stored logo and the branding version it belongs to. */
    public record Logo(byte[] content, String contentType, int version) {}
}
