package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
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
 * the request in the family's export and gone with the account. On a commune of its own where the
 * inscription is open ({@link EnrolmentFixture#open}); another commune of its own is the other collectivité.
 */
@PortailTest
class EnrolmentDecisionIntegrationTest {

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @OwnCommune
    World w;

    /** Another collectivité, whose agent must see nothing of the first one's requests. */
    @OwnCommune
    World elsewhere;

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void theAgentAcceptsWithAMessageAndEveryoneGetsTheSameCertificate() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.decision@famille.test", "Decision");
        String year = fixture.year();
        int rentree = fixture.rentree();
        long child = open.child(parent, "Maëlle", "Decision", "03/04", 3, "");
        long id = open.filedAtSector(parent, child, "PS");
        String admin = "/admin/" + w.slug();
        String base = admin + "/inscriptions/" + id;
        var agent = w.admin().mvc();

        String queue = mvc.perform(get(admin + "/inscriptions?statut=DEPOSEE").with(agent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Maëlle Decision");
        assertThat(mvc.perform(get(admin + "/inscriptions?statut=ACCEPTEE").with(agent))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Maëlle Decision");
        byte[] csv = mvc.perform(
                        get(admin + "/inscriptions.csv?ecole=" + open.sector().uai())
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
        assertThat(parent.get(open.path("/mon-espace/inscriptions/" + id)).body())
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

        var download = parent.getBytes(open.path("/mon-espace/inscriptions/" + id + "/certificat.pdf"));
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
        var director = w.director(open.sector()).mvc();
        var other = w.director(open.other()).mvc();
        String admitted = "/admin/mes-etablissements/" + open.sector().uai() + "/inscriptions";
        assertThat(mvc.perform(get(admitted).with(director))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Maëlle");
        mvc.perform(get(admitted).with(other)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/admin/mes-etablissements/" + open.other().uai() + "/inscriptions")
                                .with(other))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Maëlle");
        mvc.perform(get(base).with(director)).andExpect(status().isNotFound());
    }

    @Test
    void anotherCollectiviteOrHouseholdGets404AndTheAccountTakesItsRequestsAlong() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.isolee@famille.test", "Isolee");
        int rentree = fixture.rentree();
        long child = open.child(parent, "Solène", "Isolee", "03/04", 6, "");
        long id = open.filedAtSector(parent, child, "CP");
        long pieceId = jdbc.sql("select min(id) from inscription_piece where demande_id = :d")
                .param("d", id)
                .query(Long.class)
                .single();
        var stranger = elsewhere.admin().mvc();
        String theirs = "/admin/" + elsewhere.slug() + "/inscriptions";
        String ours = "/admin/" + w.slug() + "/inscriptions";
        for (String path : new String[] {
            theirs + "/" + id,
            theirs + "/" + id + "/pieces/" + pieceId,
            ours + "/" + id,
            ours + "/" + id + "/pieces/" + pieceId
        }) {
            mvc.perform(get(path).with(stranger)).andExpect(status().isNotFound());
        }
        assertThat(mvc.perform(get(theirs).with(stranger))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Solène");
        mvc.perform(post(theirs + "/" + id + "/statut")
                        .with(stranger)
                        .with(csrf())
                        .param("statut", "EN_COURS"))
                .andExpect(status().isNotFound());
        assertThat(statut(id)).isEqualTo("DEPOSEE");

        var neighbour = open.parent("camille.voisine@famille.test", "Voisine");
        for (String path : new String[] {
            open.path("/mon-espace/inscriptions/" + id),
            open.path("/mon-espace/inscriptions/" + id + "/pieces/" + pieceId),
            open.path("/mon-espace/inscriptions/" + id + "/certificat.pdf")
        }) {
            assertThat(neighbour.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(neighbour.get(open.path("/mon-espace/inscriptions")).body()).doesNotContain("Solène");

        String json = parent.get(open.path("/mon-espace/donnees.json")).body();
        assertThat(json)
                .contains("Inscriptions scolaires")
                .contains("INS-" + rentree)
                .contains("Solène");
        var deleted = Families.post(
                parent,
                open.path("/mon-espace/compte/supprimer"),
                Map.of("suppression", "SUPPRIMER"),
                open.path("/mon-espace/compte"));
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
                        .with(w.admin().mvc())
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
