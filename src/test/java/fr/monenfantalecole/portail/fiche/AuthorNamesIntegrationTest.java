package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wrote a version, who acted in its review and who did what in the journal are named by the
 * account module (its {@code shared.StaffNames}), not by a join on its table: the same names, in the
 * same order, "système" (or no author) where nobody did it. Each test is rolled back.
 */
@PortailTest
@Transactional
class AuthorNamesIntegrationTest {

    @Autowired
    StaffUsers staffUsers;

    @Autowired
    NationalFiches fiches;

    @Autowired
    ReviewActions reviewActions;

    @Autowired
    AuditLog audit;

    @Test
    void versionsAndTheirReviewNameTheirAuthors() {
        long camille = staffUsers.create("camille.nommee@monenfant.test", "Camille Nommée", "Un mot de passe long 1!");
        long dominique =
                staffUsers.create("dominique.nomme@monenfant.test", "Dominique Nommé", "Un mot de passe long 2!");
        var content = fiches.latest("CAN-001").orElseThrow().content();
        long written = fiches.createVersion("CAN-001", content, FicheVersion.Status.BROUILLON, "EDITEUR", camille);
        long imported = fiches.createVersion("CAN-001", content, FicheVersion.Status.BROUILLON, "IMPORT", null);

        var versions = fiches.versions("CAN-001");
        assertThat(versions.get(0).id()).isEqualTo(imported);
        assertThat(versions.get(0).auteur()).isNull();
        assertThat(versions.get(1).id()).isEqualTo(written);
        assertThat(versions.get(1).auteur()).isEqualTo("Camille Nommée");
        assertThat(fiches.version(written).orElseThrow().auteur()).isEqualTo("Camille Nommée");
        assertThat(fiches.inReview())
                .filteredOn(v -> v.id() == written || v.id() == imported)
                .extracting(FicheVersion::auteur)
                .containsExactlyInAnyOrder("Camille Nommée", null);

        reviewActions.add(written, 1, "SOUMISE", null, camille);
        reviewActions.add(written, 2, "APPROUVEE", "Bien", dominique);
        reviewActions.add(written, 3, "APPROUVEE", null, camille);
        assertThat(reviewActions.of(written))
                .extracting(Editorial.Action::who)
                .containsExactly("Camille Nommée", "Dominique Nommé", "Camille Nommée");
    }

    @Test
    void theJournalNamesWhoDidWhatAndTheSystemForNobody() {
        long camille =
                staffUsers.create("camille.journal@monenfant.test", "Camille Journal", "Un mot de passe long 3!");
        audit.record(null, camille, "TEST_NOMS", "test_noms", "objet-1", "par une personne");
        audit.record(null, null, "TEST_NOMS", "test_noms", "objet-1", "par le système");
        audit.record(null, camille, "TEST_NOMS", "test_noms", "objet-1", "encore par elle");

        // Newest first (one transaction: same instant, then the latest id).
        assertThat(audit.forObject("test_noms", "objet-1"))
                .extracting(AuditLog.Event::who)
                .containsExactly("Camille Journal", "système", "Camille Journal");
        assertThat(audit.recent(null, 3))
                .extracting(AuditLog.Event::detail)
                .containsExactly("encore par elle", "par le système", "par une personne");
        assertThat(audit.recent(null, 3))
                .extracting(AuditLog.Event::who)
                .containsExactly("Camille Journal", "système", "Camille Journal");
    }
}
