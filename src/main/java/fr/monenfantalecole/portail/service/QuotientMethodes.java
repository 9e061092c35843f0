package fr.monenfantalecole.portail.service;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The method each collectivité applies to compute the quotient familial for its prices (CAF unless set). */
@Repository
class QuotientMethodes {

    private final JdbcClient jdbc;

    QuotientMethodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public QuotientFamilial.Methode of(long collectiviteId) {
        return jdbc.sql("select methode from quotient_methode where collectivite_id = :c")
                .param("c", collectiviteId)
                .query((rs, n) -> QuotientFamilial.Methode.valueOf(rs.getString(1)))
                .optional()
                .orElse(QuotientFamilial.Methode.CAF);
    }

    public void set(long collectiviteId, QuotientFamilial.Methode methode, long userId) {
        jdbc.sql("""
                        insert into quotient_methode (collectivite_id, methode, updated_by)
                        values (:c, :m, :u)
                        on conflict (collectivite_id)
                        do update set methode = excluded.methode, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .param("c", collectiviteId)
                .param("m", methode.name())
                .param("u", userId)
                .update();
    }
}
