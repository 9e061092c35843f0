package fr.monenfantalecole.portail.enrolment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether a collectivité offers the inscription scolaire, with the proofs and reasons it asks for. */
@Repository
public class Offers {

    /** What a collectivité asks for: its required proofs and accepted dérogation reasons, in its order. */
    public record Offer(List<Piece> pieces, List<Motif> motifs) {}

    private final JdbcClient jdbc;

    Offers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Offer> of(long collectiviteId) {
        return jdbc.sql("select pieces, motifs from inscription_offre where collectivite_id = :c")
                .param("c", collectiviteId)
                .query((rs, n) -> new Offer(
                        Arrays.stream((String[]) rs.getArray(1).getArray())
                                .flatMap(p -> Piece.of(p).stream())
                                .toList(),
                        Arrays.stream((String[]) rs.getArray(2).getArray())
                                .flatMap(m -> Motif.of(m).stream())
                                .toList()))
                .optional();
    }

    public void save(long collectiviteId, Offer offer) {
        jdbc.sql("""
                insert into inscription_offre (collectivite_id, pieces, motifs) values (:c, :p, :m)
                on conflict (collectivite_id) do update set pieces = excluded.pieces, motifs = excluded.motifs""")
                .param("c", collectiviteId)
                .param("p", offer.pieces().stream().map(Enum::name).toArray(String[]::new))
                .param("m", offer.motifs().stream().map(Enum::name).toArray(String[]::new))
                .update();
    }

    /** Closes the online inscription: families can no longer file; requests already filed stay. */
    public boolean withdraw(long collectiviteId) {
        return jdbc.sql("delete from inscription_offre where collectivite_id = :c")
                        .param("c", collectiviteId)
                        .update()
                == 1;
    }
}
