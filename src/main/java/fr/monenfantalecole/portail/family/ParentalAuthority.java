package fr.monenfantalecole.portail.family;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who holds parental authority over which child, as other modules ask it: whom to write to about a
 * child, and which children go with an adult's account.
 */
@Repository
public class ParentalAuthority {

    private final JdbcClient jdbc;

    ParentalAuthority(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The e-mail addresses of the adults holding parental authority over the child who accept e-mail
     * and whose address is verified, in the order the adults joined.
     */
    public List<String> mailableAdults(long childId) {
        return jdbc.sql("""
                select a.email from famille_responsabilite r join famille_adulte a on a.id = r.adulte_id
                 where r.enfant_id = :e and r.autorite_parentale and a.contact_courriel
                   and a.email_verifie_le is not null order by a.id""")
                .param("e", childId)
                .query((rs, n) -> rs.getString(1))
                .list();
    }

    /**
     * The children over whom the adult holds parental authority and that no other adult is linked to:
     * those the adult's deletion takes with it.
     */
    public List<Long> keptOnlyBy(long adultId) {
        return jdbc.sql("""
                select r.enfant_id from famille_responsabilite r
                 where r.adulte_id = :adult and r.autorite_parentale
                   and not exists (select 1 from famille_responsabilite o
                                    where o.enfant_id = r.enfant_id and o.adulte_id <> :adult)""")
                .param("adult", adultId)
                .query((rs, n) -> rs.getLong(1))
                .list();
    }

    /** The ids of the children over whom the adult holds parental authority. */
    public List<Long> childrenOf(long adultId) {
        return jdbc.sql("""
                select r.enfant_id from famille_responsabilite r
                 where r.adulte_id = :adult and r.autorite_parentale order by r.enfant_id""")
                .param("adult", adultId)
                .query((rs, n) -> rs.getLong(1))
                .list();
    }
}
