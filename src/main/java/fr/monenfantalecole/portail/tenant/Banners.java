package fr.monenfantalecole.portail.tenant;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The banner of a collectivité's home page: its own image, or one of the portal's illustrations.
 * Each write bumps the branding version, so the cached theme and image addresses change at once.
 */
@Repository
public class Banners {

    private final JdbcClient jdbc;
    private final Collectivites collectivites;

    Banners(JdbcClient jdbc, Collectivites collectivites) {
        this.jdbc = jdbc;
        this.collectivites = collectivites;
    }

    public Optional<Collectivites.Logo> image(long id) {
        return jdbc.sql(
                        "select banniere, banniere_type, version from collectivite where id = :id and banniere is not null")
                .param("id", id)
                .query((rs, n) -> new Collectivites.Logo(
                        rs.getBytes("banniere"), rs.getString("banniere_type"), rs.getInt("version")))
                .optional();
    }

    /** An uploaded image, or none (null) to fall back on the illustration. */
    public void updateImage(long id, byte @Nullable [] image, @Nullable String type) {
        jdbc.sql("""
                update collectivite set banniere = :image, banniere_type = :type,
                       version = version + 1, updated_at = now()
                 where id = :id""").param("id", id).param("image", image).param("type", type).update();
        collectivites.changed();
    }

    /** One of the shipped illustrations, or none (the header alone). */
    public void updateIllustration(long id, @Nullable Illustration illustration) {
        jdbc.sql("""
                update collectivite set illustration = :illustration, version = version + 1, updated_at = now()
                 where id = :id""")
                .param("id", id)
                .param("illustration", illustration == null ? null : illustration.file())
                .update();
        collectivites.changed();
    }
}
