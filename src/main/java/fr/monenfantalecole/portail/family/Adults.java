package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.LoginName;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The adults with a family account. Every read that a page makes goes through an id the caller owns
 * (their own) or through {@link FamilySpace}: an agent reads only the adults of their territory.
 */
@Repository
public class Adults {

    /** What a sign-in needs of an account. */
    public record Credentials(
            long id, long collectiviteId, @Nullable String motDePasse, boolean verifie, int epoque) {}

    /** Who signs up: the consent text's version is recorded with its date. */
    public record NewAdult(
            long collectiviteId,
            String email,
            @Nullable String passwordHash,
            String nom,
            String prenoms,
            String consentementVersion,
            @Nullable String oidcIssuer,
            @Nullable String oidcSub) {}

    /** What the adult may change on their own page. */
    public record Profile(
            String nom,
            String prenoms,
            @Nullable String telephone,
            @Nullable String adresse,
            @Nullable String codePostal,
            @Nullable String ville,
            boolean contactCourriel,
            boolean contactSms) {}

    private final JdbcClient jdbc;

    Adults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the account; empty when the e-mail is already used (under its normalised form). */
    public Optional<Long> create(NewAdult adult) {
        return jdbc.sql("""
                insert into famille_adulte (collectivite_id, email, mot_de_passe, nom, prenoms,
                                            consentement_version, consentement_le, oidc_issuer, oidc_sub,
                                            email_verifie_le)
                values (:collectivite, :email, :hash, :nom, :prenoms, :version, now(), :issuer, :sub,
                        case when :issuer::text is null then null else now() end)
                on conflict (login) do nothing
                returning id""")
                .param("collectivite", adult.collectiviteId())
                .param("email", adult.email())
                .param("hash", adult.passwordHash())
                .param("nom", adult.nom())
                .param("prenoms", adult.prenoms())
                .param("version", adult.consentementVersion())
                .param("issuer", adult.oidcIssuer())
                .param("sub", adult.oidcSub())
                .query(Long.class)
                .optional();
    }

    public Optional<Credentials> credentials(String login) {
        return jdbc.sql("""
                select id, collectivite_id, mot_de_passe, email_verifie_le is not null as verifie,
                       sessions_epoque as epoque
                  from famille_adulte where login = :login""")
                .param("login", LoginName.normalise(login).orElse(""))
                .query(new SimplePropertyRowMapper<>(Credentials.class))
                .optional();
    }

    public Optional<Credentials> credentialsOf(long id) {
        return jdbc.sql("""
                select id, collectivite_id, mot_de_passe, email_verifie_le is not null as verifie,
                       sessions_epoque as epoque
                  from famille_adulte where id = :id""")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(Credentials.class))
                .optional();
    }

    /** The adult and their session epoch: what a family request reads of its account, once. */
    public record Current(Adult adult, int epoque) {}

    public Optional<Current> current(long id) {
        var adult = new SimplePropertyRowMapper<>(Adult.class);
        return jdbc.sql("select " + Adult.COLUMNS + ", sessions_epoque from famille_adulte where id = :id")
                .param("id", id)
                .query((rs, n) -> new Current(adult.mapRow(rs, n), rs.getInt("sessions_epoque")))
                .optional();
    }

    public Optional<Long> idOfOidc(String issuer, String subject) {
        return jdbc.sql("select id from famille_adulte where oidc_issuer = :issuer and oidc_sub = :sub")
                .param("issuer", issuer)
                .param("sub", subject)
                .query(Long.class)
                .optional();
    }

    public void linkOidc(long id, String issuer, String subject) {
        jdbc.sql("""
                update famille_adulte set oidc_issuer = :issuer, oidc_sub = :sub,
                       email_verifie_le = coalesce(email_verifie_le, now()) where id = :id""")
                .param("issuer", issuer)
                .param("sub", subject)
                .param("id", id)
                .update();
    }

    /** The adult's own record: only ever called with the signed-in adult's id or after a scope check. */
    public Adult get(long id) {
        return jdbc.sql("select " + Adult.COLUMNS + " from famille_adulte where id = :id")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(Adult.class))
                .single();
    }

    /** An adult whose portal is one of {@code collectivites}: the scope check of agents' pages. */
    public Optional<Adult> within(long id, List<Long> collectivites) {
        return jdbc.sql("select " + Adult.COLUMNS
                        + " from famille_adulte where id = :id and collectivite_id in (:collectivites)")
                .param("id", id)
                .param("collectivites", collectivites)
                .query(new SimplePropertyRowMapper<>(Adult.class))
                .optional();
    }

    public void verifyEmail(long id) {
        jdbc.sql("update famille_adulte set email_verifie_le = coalesce(email_verifie_le, now()) where id = :id")
                .param("id", id)
                .update();
    }

    public void signedIn(long id) {
        jdbc.sql("update famille_adulte set derniere_connexion_le = now(), avertie_inactivite_le = null where id = :id")
                .param("id", id)
                .update();
    }

    /** A new password ends every session opened before (their epoch no longer matches). */
    public int changePassword(long id, String hash) {
        return jdbc.sql("""
                update famille_adulte set mot_de_passe = :hash, sessions_epoque = sessions_epoque + 1
                 where id = :id returning sessions_epoque""")
                .param("hash", hash)
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    public void update(long id, Profile profile) {
        jdbc.sql("""
                update famille_adulte set nom = :nom, prenoms = :prenoms, telephone = :telephone,
                       adresse = :adresse, code_postal = :cp, ville = :ville,
                       contact_courriel = :courriel, contact_sms = :sms where id = :id""")
                .param("nom", profile.nom())
                .param("prenoms", profile.prenoms())
                .param("telephone", profile.telephone())
                .param("adresse", profile.adresse())
                .param("cp", profile.codePostal())
                .param("ville", profile.ville())
                .param("courriel", profile.contactCourriel())
                .param("sms", profile.contactSms())
                .param("id", id)
                .update();
    }

    /** Moving to another subscribing commune keeps the account: its portal changes. */
    public void moveTo(long id, long collectiviteId) {
        jdbc.sql("update famille_adulte set collectivite_id = :c where id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from famille_adulte where id = :id").param("id", id).update();
    }
}
