package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agents' side (issue 15): the queue, its filters and CSV export, a decision with a message that
 * the family reads and receives, the certificate read back with PDFBox, transitions the status does
 * not allow refused; isolation between collectivités, households and schools; the director's list;
 * the request in the family's export and gone with the account.
 */
@PortailTest
class EnrolmentDecisionIntegrationTest {

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    StaffUsers users;

    @Autowired
    Collectivites collectivites;

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void theAgentAcceptsWithAMessageAndEveryoneGetsTheSameCertificate() throws Exception {
        var parent = fixture.parent("camille.decision@famille.test", "Decision");
        String year = fixture.year();
        int rentree = fixture.rentree();
        long child = fixture.child(parent, "Maëlle", "Decision", "03/04", 3, "");
        long id = fixture.filedAtSector(parent, child, "PS");
        String base = "/admin/fougeres/inscriptions/" + id;
        var agent = staff.admin("fougeres");

        String queue = mvc.perform(
                        get("/admin/fougeres/inscriptions?statut=DEPOSEE").with(agent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Maëlle Decision");
        assertThat(mvc.perform(get("/admin/fougeres/inscriptions?statut=ACCEPTEE")
                                .with(agent))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Maëlle Decision");
        byte[] csv = mvc.perform(get("/admin/fougeres/inscriptions.csv?ecole=" + EnrolmentFixture.SECTOR_SCHOOL)
                        .with(agent))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Numéro;Déposée le;État")
                .contains(";Decision;Maëlle;")
                .contains("\r\n");

        long pieceId = jdbc.sql("select min(id) from inscription_piece where demande_id = :d")
                .param("d", id)
                .query(Long.class)
                .single();
        mvc.perform(get(base + "/pieces/" + pieceId).with(agent))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        decide(base, "EN_COURS", "", "");
        decide(base, "ACCEPTEE", "Bienvenue à l'école : la rentrée est le 1er septembre.", "");
        assertThat(statut(id)).isEqualTo("ACCEPTEE");
        assertThat(jdbc.sql("select count(*) from courriel where destinataire = 'camille.decision@famille.test'"
                                + " and corps like '%Bienvenue à l''école%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(parent.get("/fougeres/mon-espace/inscriptions/" + id).body())
                .contains("Acceptée")
                .contains("Bienvenue à l");

        // Illegal moves: refused with the reason, nothing changed.
        mvc.perform(post(base + "/statut")
                        .with(agent)
                        .with(csrf())
                        .param("statut", "REFUSEE")
                        .param("motifRefus", "Plus de place"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ne peut pas passer à")));
        mvc.perform(post(base + "/statut").with(agent).with(csrf()).param("statut", "PIECES_DEMANDEES"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/statut").with(agent).with(csrf()).param("statut", "DEPOSEE"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("n'a pas été enregistré")));
        assertThat(statut(id)).isEqualTo("ACCEPTEE");

        var download = parent.getBytes("/fougeres/mon-espace/inscriptions/" + id + "/certificat.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .startsWith("attachment");
        try (var pdf = Loader.loadPDF(download.body())) {
            String words = new PDFTextStripper().getText(pdf);
            assertThat(words)
                    .contains("Certificat d'inscription scolaire")
                    .contains("Maëlle Decision")
                    .contains("Petite section")
                    .contains(year)
                    .contains("INS-" + rentree);
        }
        byte[] agentCopy = mvc.perform(get(base + "/certificat.pdf").with(agent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var pdf = Loader.loadPDF(agentCopy)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Maëlle Decision");
        }

        // The director of the sector school sees the admitted pupil; another school's director does not.
        long director = users.create("directeur.secteur@ecole.test", "Directrice", "mot-de-passe-assez-long-2026");
        long other = users.create("directeur.autre@ecole.test", "Directeur", "mot-de-passe-assez-long-2026");
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        users.grantDirector(director, fougeres, EnrolmentFixture.SECTOR_SCHOOL);
        users.grantDirector(other, fougeres, "0350948R");
        String admitted = "/admin/mes-etablissements/" + EnrolmentFixture.SECTOR_SCHOOL + "/inscriptions";
        assertThat(mvc.perform(get(admitted).with(staff.as("directeur.secteur@ecole.test")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Maëlle");
        mvc.perform(get(admitted).with(staff.as("directeur.autre@ecole.test"))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/admin/mes-etablissements/0350948R/inscriptions")
                                .with(staff.as("directeur.autre@ecole.test")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Maëlle");
        mvc.perform(get("/admin/fougeres/inscriptions/" + id).with(staff.as("directeur.secteur@ecole.test")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherCollectiviteOrHouseholdGets404AndTheAccountTakesItsRequestsAlong() throws Exception {
        var parent = fixture.parent("camille.isolee@famille.test", "Isolee");
        String year = fixture.year();
        int rentree = fixture.rentree();
        long child = fixture.child(parent, "Solène", "Isolee", "03/04", 6, "");
        long id = fixture.filedAtSector(parent, child, "CP");
        long pieceId = jdbc.sql("select min(id) from inscription_piece where demande_id = :d")
                .param("d", id)
                .query(Long.class)
                .single();
        var rennes = staff.admin("rennes");
        for (String path : new String[] {
            "/admin/rennes/inscriptions/" + id,
            "/admin/rennes/inscriptions/" + id + "/pieces/" + pieceId,
            "/admin/fougeres/inscriptions/" + id,
            "/admin/fougeres/inscriptions/" + id + "/pieces/" + pieceId
        }) {
            mvc.perform(get(path).with(rennes)).andExpect(status().isNotFound());
        }
        assertThat(mvc.perform(get("/admin/rennes/inscriptions").with(rennes))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Solène");
        mvc.perform(post("/admin/rennes/inscriptions/" + id + "/statut")
                        .with(rennes)
                        .with(csrf())
                        .param("statut", "EN_COURS"))
                .andExpect(status().isNotFound());
        assertThat(statut(id)).isEqualTo("DEPOSEE");

        var neighbour = fixture.parent("camille.voisine@famille.test", "Voisine");
        for (String path : new String[] {
            "/fougeres/mon-espace/inscriptions/" + id,
            "/fougeres/mon-espace/inscriptions/" + id + "/pieces/" + pieceId,
            "/fougeres/mon-espace/inscriptions/" + id + "/certificat.pdf"
        }) {
            assertThat(neighbour.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(neighbour.get("/fougeres/mon-espace/inscriptions").body()).doesNotContain("Solène");

        String json = parent.get("/fougeres/mon-espace/donnees.json").body();
        assertThat(json)
                .contains("Inscriptions scolaires")
                .contains("INS-" + rentree)
                .contains("Solène");
        var deleted = Families.post(
                parent,
                "/fougeres/mon-espace/compte/supprimer",
                Map.of("suppression", "SUPPRIMER"),
                "/fougeres/mon-espace/compte");
        assertThat(deleted.body()).contains("Votre compte est supprimé");
        assertThat(jdbc.sql("select count(*) from inscription_demande where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from inscription_fichier f where not exists"
                                + " (select 1 from inscription_piece p where p.cle = f.cle)")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INSCRIPTION_RETIREE' and object_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void decide(String base, String to, String message, String motif) throws Exception {
        mvc.perform(post(base + "/statut")
                        .with(staff.admin("fougeres"))
                        .with(csrf())
                        .param("statut", to)
                        .param("message", message)
                        .param("motifRefus", motif))
                .andExpect(status().is3xxRedirection());
    }

    private String statut(long id) {
        return jdbc.sql("select statut from inscription_demande where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
