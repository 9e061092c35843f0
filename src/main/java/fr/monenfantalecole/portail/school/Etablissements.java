package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.tenant.Territory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The establishments of the Annuaire de l'éducation, stored once for every collectivité. */
@Repository
public class Etablissements {

    /** Published after establishments of a collectivité's territory were imported, on every node. */
    public record Changed(long collectiviteId) implements ClusterEvent {}

    private static final String COLUMNS = """
            uai, nom, type, nature_code, nature_libelle, statut, ecole_maternelle, ecole_elementaire,
            adresse_1, adresse_2, adresse_3, code_postal, code_commune, nom_commune, telephone, mail,
            site_web, restauration, hebergement, ulis, nombre_eleves, latitude, longitude,
            circonscription, date_ouverture, date_maj_ligne, ouvert""";

    private static final String IN_TERRITORY =
            "(code_commune = any(cast(:codes as text[])) or (cast(:pattern as text) <> '' and code_commune like cast(:pattern as text)))";

    private final JdbcClient jdbc;

    Etablissements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open and closed establishments of a territory, by name. */
    public List<Etablissement> inTerritory(Territory territory) {
        return jdbc.sql("select " + COLUMNS + " from etablissement where " + IN_TERRITORY
                        + " order by nom_commune, nom")
                .param("codes", territory.communeCodes().toArray(String[]::new))
                .param("pattern", territory.departementPattern())
                .query(Etablissements::map)
                .list();
    }

    public Optional<Etablissement> find(String uai) {
        return jdbc.sql("select " + COLUMNS + " from etablissement where uai = :uai")
                .param("uai", uai)
                .query(Etablissements::map)
                .optional();
    }

    public List<Etablissement> findAll(List<String> uais) {
        return jdbc.sql("select " + COLUMNS + " from etablissement where uai = any(cast(:uais as text[]))")
                .param("uais", uais.toArray(String[]::new))
                .query(Etablissements::map)
                .list();
    }

    /** Every establishment of every territory. */
    public List<Etablissement> all() {
        return jdbc.sql("select " + COLUMNS + " from etablissement order by uai")
                .query(Etablissements::map)
                .list();
    }

    public int count() {
        return jdbc.sql("select count(*) from etablissement")
                .query(Integer.class)
                .single();
    }

    /** Inserts or replaces an establishment with what the Annuaire says of it now. */
    void save(Etablissement e) {
        jdbc.sql("""
                insert into etablissement (%s, empreinte)
                values (:uai, :nom, :type, :natureCode, :natureLibelle, :statut, :maternelle, :elementaire,
                        :adresse1, :adresse2, :adresse3, :codePostal, :codeCommune, :nomCommune, :telephone, :mail,
                        :siteWeb, :restauration, :hebergement, :ulis, :nombreEleves, :latitude, :longitude,
                        :circonscription, :dateOuverture, :dateMajLigne, :ouvert, :empreinte)
                on conflict (uai) do update set
                    nom = excluded.nom, type = excluded.type, nature_code = excluded.nature_code,
                    nature_libelle = excluded.nature_libelle, statut = excluded.statut,
                    ecole_maternelle = excluded.ecole_maternelle, ecole_elementaire = excluded.ecole_elementaire,
                    adresse_1 = excluded.adresse_1, adresse_2 = excluded.adresse_2, adresse_3 = excluded.adresse_3,
                    code_postal = excluded.code_postal, code_commune = excluded.code_commune,
                    nom_commune = excluded.nom_commune, telephone = excluded.telephone, mail = excluded.mail,
                    site_web = excluded.site_web, restauration = excluded.restauration,
                    hebergement = excluded.hebergement, ulis = excluded.ulis, nombre_eleves = excluded.nombre_eleves,
                    latitude = excluded.latitude, longitude = excluded.longitude,
                    circonscription = excluded.circonscription, date_ouverture = excluded.date_ouverture,
                    date_maj_ligne = excluded.date_maj_ligne, ouvert = excluded.ouvert, empreinte = excluded.empreinte,
                    updated_at = now(), closed_at = case when excluded.ouvert then null else coalesce(etablissement.closed_at, now()) end
                """.formatted(COLUMNS))
                .param("uai", e.uai())
                .param("nom", e.nom())
                .param("type", e.type())
                .param("natureCode", e.natureCode())
                .param("natureLibelle", e.natureLibelle())
                .param("statut", e.statut())
                .param("maternelle", e.ecoleMaternelle())
                .param("elementaire", e.ecoleElementaire())
                .param("adresse1", e.adresse1())
                .param("adresse2", e.adresse2())
                .param("adresse3", e.adresse3())
                .param("codePostal", e.codePostal())
                .param("codeCommune", e.codeCommune())
                .param("nomCommune", e.nomCommune())
                .param("telephone", e.telephone())
                .param("mail", e.mail())
                .param("siteWeb", e.siteWeb())
                .param("restauration", e.restauration())
                .param("hebergement", e.hebergement())
                .param("ulis", e.ulis())
                .param("nombreEleves", e.nombreEleves())
                .param("latitude", e.latitude())
                .param("longitude", e.longitude())
                .param("circonscription", e.circonscription())
                .param("dateOuverture", e.dateOuverture())
                .param("dateMajLigne", e.dateMajLigne())
                .param("ouvert", e.ouvert())
                .param("empreinte", fingerprint(e))
                .update();
    }

    void close(String uai) {
        jdbc.sql(
                        "update etablissement set ouvert = false, closed_at = now(), updated_at = now() where uai = :uai and ouvert")
                .param("uai", uai)
                .update();
    }

    /** Stable summary of every field, to tell a changed line from an unchanged one. */
    static String fingerprint(Etablissement e) {
        try {
            var digest =
                    MessageDigest.getInstance("SHA-256").digest(e.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Etablissement map(ResultSet rs, int rowNum) throws SQLException {
        return new Etablissement(
                rs.getString("uai"),
                rs.getString("nom"),
                rs.getString("type"),
                rs.getString("nature_code"),
                rs.getString("nature_libelle"),
                rs.getString("statut"),
                rs.getBoolean("ecole_maternelle"),
                rs.getBoolean("ecole_elementaire"),
                rs.getString("adresse_1"),
                rs.getString("adresse_2"),
                rs.getString("adresse_3"),
                rs.getString("code_postal"),
                rs.getString("code_commune"),
                rs.getString("nom_commune"),
                rs.getString("telephone"),
                rs.getString("mail"),
                rs.getString("site_web"),
                rs.getObject("restauration", Boolean.class),
                rs.getObject("hebergement", Boolean.class),
                rs.getObject("ulis", Boolean.class),
                rs.getObject("nombre_eleves", Integer.class),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getString("circonscription"),
                rs.getObject("date_ouverture", java.time.LocalDate.class),
                rs.getObject("date_maj_ligne", java.time.LocalDate.class),
                rs.getBoolean("ouvert"));
    }
}
