package fr.monenfantalecole.portail.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proofs of a request: a row per file here, the bytes in the {@link DocumentStore}. */
@Repository
public class Proofs {

    public record Proof(
            long id, long demandeId, String piece, String typeContenu, int taille, UUID cle, Instant deposeLe) {

        public String libelle() {
            return Piece.of(piece).map(Piece::libelle).orElse(piece);
        }

        /** The file's name when downloaded: what it is and the request's id, never the family's name. */
        public String nomFichier() {
            String ext =
                    "application/pdf".equals(typeContenu) ? "pdf" : "image/png".equals(typeContenu) ? "png" : "jpg";
            return piece.toLowerCase(java.util.Locale.ROOT) + "-" + demandeId + "-" + id + "." + ext;
        }
    }

    private final JdbcClient jdbc;
    private final DocumentStore store;

    Proofs(JdbcClient jdbc, DocumentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    void add(long demandeId, Piece piece, ProofCheck.Accepted file) {
        UUID key = UUID.randomUUID();
        store.put(key, file.bytes());
        jdbc.sql("""
                insert into inscription_piece (demande_id, piece, type_contenu, taille, cle)
                values (:d, :p, :t, :s, :k)""")
                .param("d", demandeId)
                .param("p", piece.name())
                .param("t", file.contentType())
                .param("s", file.bytes().length)
                .param("k", key)
                .update();
    }

    /** Only called with a request already read through who asks. */
    public List<Proof> of(long demandeId) {
        return jdbc.sql("select id, demande_id, piece, type_contenu, taille, cle, depose_le from inscription_piece"
                        + " where demande_id = :d order by id")
                .param("d", demandeId)
                .query(new SimplePropertyRowMapper<>(Proof.class))
                .list();
    }

    public Optional<Proof> of(long demandeId, long id) {
        return of(demandeId).stream().filter(p -> p.id() == id).findFirst();
    }

    public byte[] bytes(Proof proof) {
        return store.get(proof.cle());
    }

    /** Erases the files of the requests about these children (their rows go with the requests). */
    void eraseFilesOfChildren(List<Long> childIds) {
        if (childIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                select p.cle from inscription_piece p join inscription_demande d on d.id = p.demande_id
                 where d.enfant_id in (:e)""")
                .param("e", childIds)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .forEach(store::delete);
    }

    /**
     * Erases the bytes stored before that instant that no proof row names; returns how many. The keys
     * are listed before the rows are read: a request filed in between has its rows read too.
     */
    int eraseOrphans(Instant writtenBefore) {
        var stored = store.keys(writtenBefore);
        var named = new java.util.HashSet<>(jdbc.sql("select cle from inscription_piece")
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list());
        int erased = 0;
        for (UUID key : stored) {
            if (!named.contains(key)) {
                store.delete(key);
                erased++;
            }
        }
        return erased;
    }
}
