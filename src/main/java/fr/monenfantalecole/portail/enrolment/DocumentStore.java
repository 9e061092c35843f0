package fr.monenfantalecole.portail.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the proofs' bytes live: PostgreSQL (the default, nothing else to back up) or a folder on disk
 * ({@code portail.inscriptions.stockage: disque}), for collectivités with many files. Keys are random
 * UUIDs: no name a family typed ever becomes a path.
 */
interface DocumentStore {

    void put(UUID key, byte[] bytes);

    byte[] get(UUID key);

    void delete(UUID key);

    /**
     * The keys stored before that instant. The database's are written in the transaction of their
     * request's rows, so all committed ones are listed; a folder's by the file's time.
     */
    List<UUID> keys(Instant writtenBefore);
}
