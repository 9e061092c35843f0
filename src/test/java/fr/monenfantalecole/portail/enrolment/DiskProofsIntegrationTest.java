package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.family.ParentalAuthority;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The proofs kept on disk ({@code portail.inscriptions.stockage: disque}): the store wired on a
 * temporary folder, so the shared test context keeps its database store. A file is written under its
 * random key (no temporary file left), read back byte for byte, deleted with its request when the
 * family's account goes; another collectivité's agent asking for it gets a 404 before any byte is read.
 * The family files on a commune of its own ({@link EnrolmentFixture#open}); another one is the other
 * collectivité.
 */
@PortailTest
class DiskProofsIntegrationTest {

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @OwnCommune
    World w;

    @OwnCommune
    World elsewhere;

    @Autowired
    Requests requests;

    @Autowired
    Messages messages;

    @Autowired
    AuditLog audit;

    @Autowired
    ParentalAuthority authority;

    @TempDir
    Path folder;

    @Test
    void aFileIsWrittenReadBackAndDeletedUnderItsKeyOnly() throws Exception {
        var disk = new DiskDocumentStore(folder.resolve("inscriptions"));
        UUID key = UUID.randomUUID();
        byte[] bytes = TestFiles.pdf();
        disk.put(key, bytes);
        try (var files = Files.list(folder.resolve("inscriptions"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(key.toString());
        }
        assertThat(disk.get(key)).isEqualTo(bytes);
        disk.delete(key);
        assertThat(folder.resolve("inscriptions").resolve(key.toString())).doesNotExist();
        assertThatThrownBy(() -> disk.get(key)).isInstanceOf(UncheckedIOException.class);
        disk.delete(key);
    }

    @Test
    void aRequestsProofsOnDiskAreServedToItsCollectiviteOnlyAndGoWithTheAccount() throws Exception {
        String email = "camille.disque@famille.test";
        var open = fixture.open(w);
        var parent = open.parent(email, "Disque");
        long child = open.child(parent, "Lina", "Disque", "03/04", 3, "");
        long id = open.filedAtSector(parent, child, "PS");
        var disk = new DiskDocumentStore(folder);
        var proofs = new Proofs(jdbc, disk);
        byte[] scan = TestFiles.image("png");
        proofs.add(id, Piece.DOMICILE, new ProofCheck.Accepted("image/png", scan));
        var onDisk = proofs.of(id).stream()
                .filter(p -> Files.exists(folder.resolve(p.cle().toString())))
                .toList();
        assertThat(onDisk).hasSize(1);
        var proof = onDisk.getFirst();
        assertThat(proofs.bytes(proof)).isEqualTo(scan);

        // The agent route checks the collectivité before reading any store.
        String path = "/admin/" + w.slug() + "/inscriptions/" + id + "/pieces/" + proof.id();
        mvc.perform(get(path).with(elsewhere.admin().mvc())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + elsewhere.slug() + "/inscriptions/" + id + "/pieces/" + proof.id())
                        .with(elsewhere.admin().mvc()))
                .andExpect(status().isNotFound());

        long adult = open.adultId(email);
        new EnrolmentRecords(requests, messages, proofs, audit, jdbc, authority).beforeDeletion(adult);
        assertThat(folder.resolve(proof.cle().toString())).doesNotExist();
        assertThat(jdbc.sql("select count(*) from inscription_demande where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Autowired
    Proofs proofs;

    @Test
    void theBytesOfARequestWhoseChildLeftTheHouseholdAreSweptAway() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.menage@famille.test", "Menage");
        long child = open.child(parent, "Jade", "Menage", "03/04", 3, "");
        long id = open.filedAtSector(parent, child, "PS");
        var inDatabase = jdbc.sql("select cle from inscription_piece where demande_id = :d")
                .param("d", id)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        assertThat(inDatabase).hasSize(3);
        var disk = new DiskDocumentStore(folder);
        var onDisk = new Proofs(jdbc, disk);
        onDisk.add(id, Piece.DOMICILE, new ProofCheck.Accepted("image/png", TestFiles.image("png")));
        UUID diskKey = jdbc.sql("select cle from inscription_piece where demande_id = :d and not (cle in (:db))")
                .param("d", id)
                .param("db", inDatabase)
                .query(UUID.class)
                .single();

        // The child leaves "Mon foyer": the request and its proof rows go by foreign key, the bytes stay.
        var removed = Families.post(
                parent,
                open.path("/mon-espace/enfants/" + child + "/retirer"),
                Map.of(),
                open.path("/mon-espace/enfants/" + child));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from inscription_demande where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(folder.resolve(diskKey.toString())).exists();

        // A file younger than the cut-off is left; the night's sweep erases both stores' orphans.
        assertThat(onDisk.eraseOrphans(java.time.Instant.now().minusSeconds(3600)))
                .isZero();
        assertThat(folder.resolve(diskKey.toString())).exists();
        assertThat(onDisk.eraseOrphans(java.time.Instant.now().plusSeconds(60))).isEqualTo(1);
        assertThat(folder.resolve(diskKey.toString())).doesNotExist();
        assertThat(proofs.eraseOrphans(java.time.Instant.now())).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from inscription_fichier where cle in (:k)")
                        .param("k", inDatabase)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(proofs.eraseOrphans(java.time.Instant.now())).isZero();
    }
}
