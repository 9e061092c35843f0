package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links to téléservices and ENT of each collectivité, always read and written for one collectivité. */
@Repository
public class LiensServices {

    /** Published after a link of a collectivité was written or deleted, on every node (public pages show it). */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;

    LiensServices(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    public record Saisie(
            LienService.Type type,
            @Nullable String uai,
            String titre,
            String description,
            String publicVise,
            String url,
            int ordre) {}

    public List<LienService> of(long collectiviteId) {
        return jdbc.sql(
                        "select * from lien_service where collectivite_id = :c order by type desc, uai nulls first, ordre, titre")
                .param("c", collectiviteId)
                .query(LiensServices::map)
                .list();
    }

    public Optional<LienService> find(long collectiviteId, long id) {
        return jdbc.sql("select * from lien_service where collectivite_id = :c and id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .query(LiensServices::map)
                .optional();
    }

    public long create(long collectiviteId, Saisie s) {
        long id = jdbc.sql("""
                insert into lien_service (collectivite_id, type, uai, titre, description, public_vise, url, ordre)
                values (:c, :type, :uai, :titre, :description, :publicVise, :url, :ordre) returning id""")
                .param("c", collectiviteId)
                .param("type", s.type().name())
                .param("uai", s.uai())
                .param("titre", s.titre())
                .param("description", s.description())
                .param("publicVise", s.publicVise())
                .param("url", s.url())
                .param("ordre", s.ordre())
                .query(Long.class)
                .single();
        cluster.publish(new Changed(collectiviteId));
        return id;
    }

    public boolean update(long collectiviteId, long id, Saisie s) {
        boolean updated = jdbc.sql("""
                update lien_service set type = :type, uai = :uai, titre = :titre, description = :description,
                    public_vise = :publicVise, url = :url, ordre = :ordre, updated_at = now()
                 where collectivite_id = :c and id = :id""")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .param("type", s.type().name())
                        .param("uai", s.uai())
                        .param("titre", s.titre())
                        .param("description", s.description())
                        .param("publicVise", s.publicVise())
                        .param("url", s.url())
                        .param("ordre", s.ordre())
                        .update()
                > 0;
        cluster.publish(new Changed(collectiviteId));
        return updated;
    }

    public boolean delete(long collectiviteId, long id) {
        boolean deleted = jdbc.sql("delete from lien_service where collectivite_id = :c and id = :id")
                        .param("c", collectiviteId)
                        .param("id", id)
                        .update()
                > 0;
        cluster.publish(new Changed(collectiviteId));
        return deleted;
    }

    /**
     * Why an address cannot be saved as a link, in French, or null when it is a valid https URL:
     * absolute, https, a real host name (with a dot, no user or password), no spaces.
     */
    public static @Nullable String urlProblem(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return "Indiquez l'adresse du service, qui commence par https://.";
        }
        String url = typed.strip();
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return "L'adresse ne doit pas contenir d'espace.";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "Cette adresse n'est pas valide : vérifiez-la en la copiant depuis la barre d'adresse du navigateur.";
        }
        if (uri.getScheme() == null || !uri.isAbsolute()) {
            return "L'adresse doit être complète et commencer par https://.";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "L'adresse doit commencer par https:// (une connexion sécurisée), pas par " + uri.getScheme()
                    + "://.";
        }
        if (uri.getRawUserInfo() != null) {
            return "L'adresse ne doit pas contenir d'identifiant ni de mot de passe.";
        }
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            // java.net.URI leaves accented host names (mairie-été.fr) as a registry authority.
            host = uri.getAuthority().replaceFirst(":[0-9]+$", "");
        }
        if (host == null || host.isEmpty()) {
            return "L'adresse doit indiquer un nom de site, par exemple https://www.ville.fr/…";
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return "Le nom de site « " + host + " » n'est pas valide.";
        }
        if (!ascii.contains(".")
                || ascii.endsWith(".")
                || ascii.equalsIgnoreCase("localhost")
                || ascii.matches("[0-9.]+")
                || !ascii.matches("[A-Za-z0-9.-]+")) {
            return "Le nom de site « " + host + " » n'est pas valide : il doit ressembler à www.ville.fr.";
        }
        return null;
    }

    private static LienService map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LienService(
                rs.getLong("id"),
                rs.getLong("collectivite_id"),
                LienService.Type.valueOf(rs.getString("type")),
                rs.getString("uai"),
                rs.getString("titre"),
                rs.getString("description"),
                rs.getString("public_vise"),
                rs.getString("url"),
                rs.getInt("ordre"));
    }
}
