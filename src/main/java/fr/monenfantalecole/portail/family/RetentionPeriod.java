package fr.monenfantalecole.portail.family;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How long a collectivité keeps the family accounts nobody signs in to (months of inactivity before
 * {@link FamilyRetention} warns, then deletes). The register of processing activities shows it. Kept in
 * this module's table {@code famille_conservation}: a collectivité without a row has the default.
 */
@Repository
class RetentionPeriod {

    /** The default the collectivité starts with: three years. */
    public static final int DEFAULT_MONTHS = 36;

    /**
     * At least 13 months: a family that signs in once a school year, at the rentrée, must not be
     * warned then deleted between two rentrées (the warning comes 30 days before).
     */
    public static final int MIN_MONTHS = 13;

    /**
     * At most 6 years: the time of a whole primary schooling (maternelle and élémentaire); an account
     * unused for longer serves no purpose the RGPD's storage limitation (article 5.1.e) would accept.
     */
    public static final int MAX_MONTHS = 72;

    private final JdbcClient jdbc;

    RetentionPeriod(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int months(long collectiviteId) {
        return jdbc.sql("select mois from famille_conservation where collectivite_id = :id")
                .param("id", collectiviteId)
                .query((rs, n) -> rs.getInt(1))
                .optional()
                .orElse(DEFAULT_MONTHS);
    }

    public void change(long collectiviteId, int months) {
        jdbc.sql("""
                insert into famille_conservation (collectivite_id, mois) values (:id, :m)
                on conflict (collectivite_id) do update set mois = excluded.mois""").param("m", months).param("id", collectiviteId).update();
    }
}
