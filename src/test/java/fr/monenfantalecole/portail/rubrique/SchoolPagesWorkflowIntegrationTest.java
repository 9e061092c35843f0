package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.shared.PdfCheck;
import fr.monenfantalecole.portail.shared.PdfCheckTest;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole school-page cycle on the demo data: invitation, director's draft, submission,
 * validation, public page; returns, update requests and reminders; the same rubriques everywhere;
 * files; isolation of directors and of collectivités.
 */
@PortailTest
class SchoolPagesWorkflowIntegrationTest {

    static final String GAUTRY = "0350256N";
    static final String GUESCLIN = "0351861H";
    static final String BLEUETS = "0350948R";
    static final String CHATTIERE = "0351017R";
    static final String RENNES_SCHOOL = "0350594F";
    static final String LECOUSSE_SCHOOL = "0352096N";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Outbox outbox;

    @Autowired
    Rubriques rubriques;

    @Autowired
    RubriqueContents contents;

    @Autowired
    RubriqueDocuments documents;

    @Autowired
    UpdateRequests requests;

    @Autowired
    Collectivites collectivites;

    long fougeres() {
        return collectivites.findBySlug("fougeres").orElseThrow().id();
    }

    Rubrique rubrique(String titre) {
        return rubriques.own(fougeres()).stream()
                .filter(r -> r.titre().equals(titre))
                .findFirst()
                .orElseThrow();
    }

    @Autowired
    Mailbox mailbox;

    /** Invites, and returns the link the invited person receives (only in the e-mail). */
    String invite(String uai, String email) throws Exception {
        var before = java.time.Instant.now();
        mvc.perform(post("/admin/fougeres/pages-ecoles/" + uai + "/inviter")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .param("email", email))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "message",
                                "Invitation prête pour " + email
                                        + " : le courriel part dans un instant (suivi dans « Courriels »)."));
        return mailbox.link(email, "/admin/invitation", before);
    }

    /** What the review page posts with a decision: the submitted version the agent read. */
    org.springframework.test.web.servlet.request.RequestPostProcessor seen(long rubriqueId, String key) {
        var working = contents.working(rubriqueId, key).orElseThrow();
        return request -> {
            request.addParameter("version", String.valueOf(working.id()));
            request.addParameter("soumisLe", String.valueOf(working.soumisLe()));
            return request;
        };
    }

    @Autowired
    fr.monenfantalecole.portail.account.StaffUsers users;

    @Test
    void theMairieTakesTheSchoolAwayFromADirectorWhoLeft() throws Exception {
        long leaver = users.create("directeur.parti@ecole.test", "Directeur parti", "mot-de-passe-assez-long-2026");
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        users.grantDirector(leaver, fougeres, BLEUETS);
        mvc.perform(get("/admin/mes-etablissements/" + BLEUETS).with(staff.as("directeur.parti@ecole.test")))
                .andExpect(status().isOk());
        String revoke = "/admin/fougeres/pages-ecoles/" + BLEUETS + "/directeurs/" + leaver + "/retirer";
        // Another commune cannot, and nothing happens without the CSRF token.
        mvc.perform(post(revoke.replace("/fougeres/", "/rennes/")).with(csrf()).with(staff.admin("rennes")))
                .andExpect(status().isNotFound());
        mvc.perform(post(revoke).with(staff.admin("fougeres"))).andExpect(status().isForbidden());
        mvc.perform(post(revoke).with(csrf()).with(staff.admin("fougeres"))).andExpect(status().is3xxRedirection());
        assertThat(users.directorsOf(fougeres, BLEUETS))
                .extracting(fr.monenfantalecole.portail.account.StaffUsers.Director::id)
                .doesNotContain(leaver);
        mvc.perform(get("/admin/mes-etablissements/" + BLEUETS).with(staff.as("directeur.parti@ecole.test")))
                .andExpect(status().isNotFound());
        mvc.perform(post(revoke).with(csrf()).with(staff.admin("fougeres"))).andExpect(status().isNotFound());
    }

    @Test
    void theMairieNeverPublishesATextItDidNotRead() throws Exception {
        var acces = rubrique("Accès et stationnement");
        var director = staff.as(DemoAccounts.GUESCLIN);
        String editor = "/admin/mes-etablissements/" + GUESCLIN + "/rubriques/" + acces.id();
        String review = "/admin/fougeres/pages-ecoles/" + GUESCLIN + "/rubriques/" + acces.id();
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Parking rue des Écoles.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        var read = seen(acces.id(), GUESCLIN);
        // The director changes the text while the agent is reading the first one.
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Parking rue des Écoles, 20 places.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(review + "/valider")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(read))
                .andExpect(flash().attribute(
                                "erreur", org.hamcrest.Matchers.containsString("relisez la nouvelle version")));
        mvc.perform(get("/fougeres/ecoles/" + GUESCLIN))
                .andExpect(content().string(not(containsString("Parking rue des Écoles"))));
        // Nor a draft: a decision without the version read is refused too.
        mvc.perform(post(review + "/valider").with(csrf()).with(staff.admin("fougeres")))
                .andExpect(flash().attribute("erreur", org.hamcrest.Matchers.containsString("relisez")));
        mvc.perform(post(review + "/valider")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(seen(acces.id(), GUESCLIN)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fougeres/ecoles/" + GUESCLIN))
                .andExpect(content().string(containsString("Parking rue des Écoles, 20 places.")));
    }

    @Test
    void inviteEditSubmitValidateAndThePublicPageShowsIt() throws Exception {
        String email = "direction.bleuets@ecole.test";
        String link = invite(BLEUETS, email);
        assertThat(outbox.to(email).getFirst().sujet()).contains("Invitation").contains("Bleuets");

        Cookie invited = mvc.perform(get(link))
                .andExpect(redirectedUrl("/admin/invitation"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
        mvc.perform(get("/admin/invitation").cookie(invited))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/admin/invitation")
                        .cookie(invited)
                        .with(csrf())
                        .param("nom", "Mme Leroy")
                        .param("motDePasse", "court")
                        .param("confirmation", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("au moins 12 caractères")));
        mvc.perform(post("/admin/invitation")
                        .cookie(invited)
                        .with(csrf())
                        .param("nom", "Mme Leroy")
                        .param("motDePasse", "un-mot-de-passe-solide")
                        .param("confirmation", "un-mot-de-passe-solide"))
                .andExpect(redirectedUrl("/admin/connexion?invitation"));
        // Single use.
        Cookie again = mvc.perform(get(link))
                .andExpect(redirectedUrl("/admin/invitation"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
        mvc.perform(get("/admin/invitation").cookie(again)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/invitation")
                        .cookie(again)
                        .with(csrf())
                        .param("nom", "Pirate")
                        .param("motDePasse", "un-autre-mot-de-passe")
                        .param("confirmation", "un-autre-mot-de-passe"))
                .andExpect(status().isNotFound());

        var director = staff.as(email);
        mvc.perform(get("/admin/mes-etablissements").with(director))
                .andExpect(redirectedUrl("/admin/mes-etablissements/" + BLEUETS));
        var activites = rubrique("Activités");
        String editor = "/admin/mes-etablissements/" + BLEUETS + "/rubriques/" + activites.id();
        mvc.perform(get(editor).with(director))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                activites.aide().replace("'", "&#39;").substring(0, 20))));

        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Classe de mer en **mai** pour les CM1.")
                        .param("action", "enregistrer"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fougeres/ecoles/" + BLEUETS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Activités")))
                .andExpect(content().string(not(containsString("Classe de mer"))));

        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Classe de mer en **mai** pour les CM1.")
                        .param("action", "soumettre"))
                .andExpect(redirectedUrl("/admin/mes-etablissements/" + BLEUETS));
        mvc.perform(get("/fougeres/ecoles/" + BLEUETS))
                .andExpect(content().string(not(containsString("Classe de mer"))));
        mvc.perform(get("/admin/fougeres/pages-ecoles").with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ecole primaire publique les Bleuets")))
                .andExpect(content()
                        .string(containsString(
                                "/admin/fougeres/pages-ecoles/" + BLEUETS + "/rubriques/" + activites.id())));
        mvc.perform(get("/admin/fougeres/pages-ecoles/" + BLEUETS).with(staff.admin("fougeres")))
                .andExpect(content().string(containsString("En attente de validation")));

        String review = "/admin/fougeres/pages-ecoles/" + BLEUETS + "/rubriques/" + activites.id();
        mvc.perform(get(review).with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouté : </span>Classe de mer")))
                .andExpect(content().string(containsString("Valider et publier")));
        mvc.perform(post(review + "/valider")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(seen(activites.id(), BLEUETS)))
                .andExpect(status().is3xxRedirection());

        String today = LocalDate.now(ZoneId.of("Europe/Paris"))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRANCE));
        mvc.perform(get("/fougeres/ecoles/" + BLEUETS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Classe de mer en <strong>mai</strong> pour les CM1.")))
                .andExpect(content().string(containsString("Mis à jour le " + today)));
        assertThat(contents.history(activites.id(), BLEUETS))
                .hasSize(1)
                .allMatch(v -> v.etat() == RubriqueVersion.State.PUBLIE);
    }

    @Test
    void theMairieReturnsASubmissionWithAComment() throws Exception {
        var equipe = rubrique("L'équipe");
        var director = staff.as(DemoAccounts.GUESCLIN);
        String editor = "/admin/mes-etablissements/" + GUESCLIN + "/rubriques/" + equipe.id();
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "M. Dupont, 06 12 34 56 78")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        String review = "/admin/fougeres/pages-ecoles/" + GUESCLIN + "/rubriques/" + equipe.id();
        mvc.perform(post(review + "/renvoyer")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(seen(equipe.id(), GUESCLIN)))
                .andExpect(flash().attribute("erreur", "Expliquez au directeur ce qu'il faut reprendre."));
        mvc.perform(post(review + "/renvoyer")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(seen(equipe.id(), GUESCLIN))
                        .param("commentaire", "Pas de numéro de téléphone personnel, merci."))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox.to(DemoAccounts.GUESCLIN).getFirst().sujet()).startsWith("À reprendre : « L'équipe »");
        assertThat(outbox.to(DemoAccounts.GUESCLIN).getFirst().corps())
                .contains("Pas de numéro de téléphone personnel, merci.");
        mvc.perform(get(editor).with(director))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pas de numéro de téléphone personnel, merci.")))
                .andExpect(content().string(containsString("M. Dupont, 06 12 34 56 78")));
        mvc.perform(get("/fougeres/ecoles/" + GUESCLIN)).andExpect(content().string(not(containsString("M. Dupont"))));

        // The director rewrites; the history keeps every version and compares each with the one before.
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "M. Dupont, directeur")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(review + "/valider")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(seen(equipe.id(), GUESCLIN)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "M. Dupont, directeur\nMme Roux, CP")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(review + "/valider")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(seen(equipe.id(), GUESCLIN)))
                .andExpect(status().is3xxRedirection());
        var history = contents.history(equipe.id(), GUESCLIN);
        assertThat(history)
                .extracting(RubriqueVersion::etat)
                .containsExactly(
                        RubriqueVersion.State.PUBLIE, RubriqueVersion.State.REMPLACE, RubriqueVersion.State.RENVOYE);
        assertThat(history.get(2).texte()).isEqualTo("M. Dupont, 06 12 34 56 78");
        assertThat(history.get(2).commentaire()).isEqualTo("Pas de numéro de téléphone personnel, merci.");
        mvc.perform(get(review + "/versions/" + history.get(0).id()).with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Ce qui change par rapport à la version "
                                + history.get(1).id())))
                .andExpect(content().string(containsString("Ajouté : </span>Mme Roux, CP")));
        mvc.perform(get(review + "/versions/" + history.get(0).id()).with(staff.admin("rennes")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/fougeres/ecoles/" + GUESCLIN)).andExpect(content().string(containsString("Mme Roux, CP")));
        assertThat(outbox.to(DemoAccounts.GUESCLIN).getFirst().sujet()).startsWith("Publiée : « L'équipe »");
    }

    @Test
    void anUpdateRequestMailsTheDirectorsAndIsRemindedOnceBeforeItsDeadline() throws Exception {
        var horaires = rubrique("Horaires d'accueil");
        var today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String deadline = today.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        int before = outbox.to(DemoAccounts.GAUTRY).size();
        mvc.perform(post("/admin/fougeres/pages-ecoles/" + GAUTRY + "/demander")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .param("rubrique", String.valueOf(horaires.id()))
                        .param("message", "Merci de mettre à jour les horaires avant le 15 août")
                        .param("echeance", deadline))
                .andExpect(flash().attribute(
                                "message", "Demande envoyée à 1 directeur ; un rappel partira avant l'échéance."));
        var mails = outbox.to(DemoAccounts.GAUTRY);
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.getFirst().corps()).contains("Merci de mettre à jour les horaires avant le 15 août");

        mvc.perform(get("/admin/fougeres/pages-ecoles/" + GAUTRY).with(staff.admin("fougeres")))
                .andExpect(content().string(containsString("À revoir")));
        mvc.perform(get("/admin/mes-etablissements/" + GAUTRY).with(staff.as(DemoAccounts.GAUTRY)))
                .andExpect(content().string(containsString("Merci de mettre à jour les horaires avant le 15 août")));

        assertThat(requests.sendReminders(today)).isPositive();
        assertThat(outbox.to(DemoAccounts.GAUTRY)).hasSize(before + 2);
        assertThat(outbox.to(DemoAccounts.GAUTRY).getFirst().sujet()).startsWith("Rappel");
        // Already reminded: never twice, whichever node runs the job.
        requests.sendReminders(today);
        assertThat(outbox.to(DemoAccounts.GAUTRY)).hasSize(before + 2);

        mvc.perform(post("/admin/mes-etablissements/" + GAUTRY + "/rubriques/" + horaires.id())
                        .with(csrf())
                        .with(staff.as(DemoAccounts.GAUTRY))
                        .param("texte", "Nouveaux horaires : 8 h 30 – 16 h 15.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.open(fougeres(), GAUTRY))
                .noneMatch(q -> horaires.id() == (q.rubriqueId() == null ? -1 : q.rubriqueId()));
    }

    @Test
    void everySchoolOfACollectiviteShowsTheSameRubriquesInTheSameOrder() throws Exception {
        List<String> titles =
                rubriques.own(fougeres()).stream().map(Rubrique::titre).toList();
        assertThat(titles).hasSize(10);
        for (String uai : List.of(GAUTRY, GUESCLIN, CHATTIERE)) {
            String html = mvc.perform(get("/fougeres/ecoles/" + uai))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<String> shown = new ArrayList<>();
            var m = Pattern.compile("<h3 id=\"rubrique-[0-9]+\">([^<]*)</h3>").matcher(html);
            while (m.find()) {
                shown.add(m.group(1).replace("&#39;", "'"));
            }
            assertThat(shown).as(uai).isEqualTo(titles);
        }
        // A school where nothing is filled still shows every rubrique, marked as not yet filled.
        mvc.perform(get("/fougeres/ecoles/" + CHATTIERE))
                .andExpect(content().string(containsString("Cette rubrique n'est pas encore renseignée.")));
        // No eleventh rubrique.
        mvc.perform(post("/admin/fougeres/rubriques/ajouter")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .param("titre", "Une onzième")
                        .param("aide", ""))
                .andExpect(
                        flash().attribute(
                                        "erreur",
                                        "Vous avez déjà 10 rubriques, le maximum : supprimez-en une avant d'en ajouter une autre."));
        // A collectivité without rubriques shows none.
        mvc.perform(get("/rennes/ecoles/" + RENNES_SCHOOL))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("rubrique-0"))));
    }

    @Test
    void anIntercommunaliteChoosesRubriquesForItsMemberCommunesSchools() throws Exception {
        mvc.perform(post("/admin/fougeres-agglomeration/rubriques/proposees")
                        .with(csrf())
                        .with(staff.admin("fougeres-agglomeration")))
                .andExpect(status().is3xxRedirection());
        long agglo =
                collectivites.findBySlug("fougeres-agglomeration").orElseThrow().id();
        mvc.perform(post("/admin/fougeres-agglomeration/rubriques/ajouter")
                        .with(csrf())
                        .with(staff.admin("fougeres-agglomeration"))
                        .param("titre", "Transport scolaire")
                        .param("aide", ""))
                .andExpect(
                        flash().attribute(
                                        "erreur",
                                        "Vous avez déjà 10 rubriques, le maximum : supprimez-en une avant d'en ajouter une autre."));
        var first = rubriques.own(agglo).getFirst();
        mvc.perform(post("/admin/fougeres-agglomeration/rubriques/" + first.id())
                        .with(csrf())
                        .with(staff.admin("fougeres-agglomeration"))
                        .param("titre", "Présentation de l'école")
                        .param("aide", "Quelques lignes."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fougeres-agglomeration/ecoles/" + LECOUSSE_SCHOOL))
                .andExpect(content().string(containsString("Présentation de l'école")));
        // Fougères chose its own: they win on its portal (the nearest collectivité that chose, walking up).
        mvc.perform(get("/fougeres/ecoles/" + GAUTRY))
                .andExpect(content().string(not(containsString("Présentation de l'école"))));
        assertThat(rubriques
                        .resolve(collectivites.findBySlug("fougeres").orElseThrow())
                        .orElseThrow()
                        .ownerId())
                .isEqualTo(fougeres());
    }

    @Test
    void directorsSeeOnlyTheirSchoolAndAgentsOnlyTheirCollectivite() throws Exception {
        var gautry = staff.as(DemoAccounts.GAUTRY);
        long horaires = rubrique("Horaires d'accueil").id();
        mvc.perform(get("/admin/mes-etablissements/" + GUESCLIN).with(gautry)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mes-etablissements/" + GUESCLIN + "/rubriques/" + horaires)
                        .with(gautry))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/mes-etablissements/" + GUESCLIN + "/rubriques/" + horaires)
                        .with(csrf())
                        .with(gautry)
                        .param("texte", "piraté"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/pages-ecoles").with(gautry)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/rubriques").with(gautry)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres").with(gautry)).andExpect(status().isNotFound());
        // A rubrique of another collectivité is unknown to a Fougères director.
        long rennes = collectivites.findBySlug("rennes").orElseThrow().id();
        rubriques.add(rennes, "Rubrique de Rennes", "");
        long rennesRubrique = rubriques.own(rennes).getFirst().id();
        mvc.perform(get("/admin/mes-etablissements/" + GAUTRY + "/rubriques/" + rennesRubrique)
                        .with(gautry))
                .andExpect(status().isNotFound());

        var rennesAgent = staff.admin("rennes");
        mvc.perform(get("/admin/fougeres/pages-ecoles").with(rennesAgent)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/pages-ecoles/" + GAUTRY).with(rennesAgent))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/fougeres/pages-ecoles/" + GAUTRY + "/inviter")
                        .with(csrf())
                        .with(rennesAgent)
                        .param("email", "x@y.fr"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/courriels").with(rennesAgent)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mes-etablissements").with(rennesAgent)).andExpect(status().isOk());
        // An agent sees only establishments of their territory.
        mvc.perform(get("/admin/fougeres/pages-ecoles/" + RENNES_SCHOOL).with(staff.admin("fougeres")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/rennes/pages-ecoles/" + GAUTRY).with(rennesAgent))
                .andExpect(status().isNotFound());
        // The outbox: the platform sees everything, a collectivité its own.
        mvc.perform(get("/admin/plateforme/courriels").with(staff.platform()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoAccounts.MADELEINE)));
        mvc.perform(get("/admin/plateforme/courriels").with(staff.admin("fougeres")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/courriels").with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoAccounts.MADELEINE)));
        mvc.perform(get("/admin/rennes/courriels").with(rennesAgent))
                .andExpect(content().string(not(containsString(DemoAccounts.MADELEINE))));
    }

    @Test
    void onlyCheckedPdfsAreAttachedAndOnlyPublishedOnesArePublic() throws Exception {
        var director = staff.as(DemoAccounts.GUESCLIN);
        var projet = rubrique("Projet d'école");
        String editor = "/admin/mes-etablissements/" + GUESCLIN + "/rubriques/" + projet.id();

        mvc.perform(multipart(editor + "/documents")
                        .file(new MockMultipartFile(
                                "document",
                                "projet.pdf",
                                "application/pdf",
                                "Ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(director))
                .andExpect(flash().attribute("erreurDocument", containsString("doit être un document PDF")));
        byte[] big = new byte[PdfCheck.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        mvc.perform(multipart(editor + "/documents")
                        .file(new MockMultipartFile("document", "gros.pdf", "application/pdf", big))
                        .with(csrf())
                        .with(director))
                .andExpect(flash().attribute("erreurDocument", containsString("5 Mo au plus")));

        // Its first bytes are a PDF's, the rest a web page; and a real PDF that runs a script when opened.
        mvc.perform(multipart(editor + "/documents")
                        .file(new MockMultipartFile(
                                "document",
                                "menu.pdf",
                                "application/pdf",
                                "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)))
                        .with(csrf())
                        .with(director))
                .andExpect(flash().attribute("erreurDocument", containsString("pas un PDF lisible")));
        byte[] scripted = PdfCheckTest.pdf(d -> d.getDocumentCatalog()
                .setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)")));
        mvc.perform(multipart(editor + "/documents")
                        .file(new MockMultipartFile("document", "menu.pdf", "application/pdf", scripted))
                        .with(csrf())
                        .with(director))
                .andExpect(flash().attribute("erreurDocument", containsString("JavaScript")));
        assertThat(contents.working(projet.id(), GUESCLIN)
                        .map(v -> documents.of(v.id()).size())
                        .orElse(0))
                .isZero();

        // A real PDF followed by a web page: accepted, and what is served is PDFBox's copy, without the page.
        byte[] pdf = PdfCheckTest.concat(
                PdfCheckTest.pdf(d -> {}),
                "\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart(editor + "/documents")
                        .file(new MockMultipartFile("document", "../../Projet d'école.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .with(director))
                .andExpect(flash().attribute("message", "« Projet d'école.pdf » est joint au brouillon."));
        var draft = contents.working(projet.id(), GUESCLIN).orElseThrow();
        var doc = documents.of(draft.id()).getFirst();
        mvc.perform(get("/fougeres/etablissements/" + GUESCLIN + "/documents/" + doc.id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/mes-etablissements/" + GUESCLIN + "/documents/" + doc.id())
                        .with(director))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/admin/mes-etablissements/" + GAUTRY + "/documents/" + doc.id())
                        .with(staff.as(DemoAccounts.GAUTRY)))
                .andExpect(status().isNotFound());

        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Notre projet d'école 2024-2028.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/fougeres/pages-ecoles/" + GUESCLIN + "/rubriques/" + projet.id() + "/valider")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .with(seen(projet.id(), GUESCLIN)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fougeres/ecoles/" + GUESCLIN))
                .andExpect(content()
                        .string(containsString("/fougeres/etablissements/" + GUESCLIN + "/documents/" + doc.id())));
        mvc.perform(get("/fougeres/etablissements/" + GUESCLIN + "/documents/" + doc.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/rennes/etablissements/" + GUESCLIN + "/documents/" + doc.id()))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePreviewSavesTheDraftSoThatNothingTypedIsLost() throws Exception {
        var director = staff.as(DemoAccounts.MADELEINE);
        var acces = rubrique("Accès et stationnement");
        String editor = "/admin/mes-etablissements/0350255M/rubriques/" + acces.id();
        mvc.perform(post(editor + "/apercu")
                        .with(csrf())
                        .with(director)
                        .param("texte", "Dépose-minute rue de la **Madeleine**."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Madeleine</strong>")))
                .andExpect(content().string(containsString("Brouillon enregistré automatiquement")));
        assertThat(contents.working(acces.id(), "0350255M").orElseThrow().texte())
                .isEqualTo("Dépose-minute rue de la **Madeleine**.");
        mvc.perform(get(editor).with(director))
                .andExpect(content().string(containsString("Dépose-minute rue de la **Madeleine**.")));
        // Without a session the request is refused (and the browser keeps the text in localStorage).
        mvc.perform(post(editor + "/apercu").param("texte", "x")).andExpect(status().isForbidden());
    }

    @Test
    void aCollectiviteAgentFollowsTheSchoolPagesAndNothingElse() throws Exception {
        var agent = staff.as("agent.ecoles@fougeres.demo");
        mvc.perform(get("/admin").with(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/fougeres/pages-ecoles")));
        mvc.perform(get("/admin/fougeres/pages-ecoles").with(agent)).andExpect(status().isOk());
        mvc.perform(get("/admin/fougeres/rubriques").with(agent)).andExpect(status().isOk());
        mvc.perform(get("/admin/fougeres/pages-ecoles/" + GAUTRY).with(agent)).andExpect(status().isOk());
        mvc.perform(get("/admin/fougeres/courriels").with(agent)).andExpect(status().isOk());
        mvc.perform(get("/admin/fougeres").with(agent)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/identite").with(agent)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/actualites").with(agent)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/rennes/pages-ecoles").with(agent)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres-agglomeration/pages-ecoles").with(agent))
                .andExpect(status().isNotFound());
        // The agglomération's admin follows its member commune's schools.
        mvc.perform(get("/admin/fougeres/pages-ecoles").with(staff.admin("fougeres-agglomeration")))
                .andExpect(status().isOk());
    }

    @Test
    void aFormPostedAfterTheSessionExpiredIsKeptUntilTheDirectorLogsInAgain() throws Exception {
        var contacts = rubrique("Contacts");
        String editor = "/admin/mes-etablissements/0350255M/rubriques/" + contacts.id();
        // The session has expired: no login, no valid CSRF token; the form comes from our own page.
        var result = mvc.perform(post(editor)
                        .header("Origin", "http://localhost")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("texte", "Texte tapé pendant une heure.")
                        .param("action", "enregistrer")
                        .param("_secours", "oui"))
                .andExpect(redirectedUrl("/admin/connexion?expire"))
                .andReturn();
        Cookie session = result.getResponse().getCookie("PORTAIL_SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/admin/connexion?expire").cookie(session))
                .andExpect(content().string(containsString("Votre session a expiré.")));
        // Logging in again leads back to the form, which shows what was sent.
        var login = mvc.perform(post("/admin/connexion")
                        .cookie(session)
                        .with(csrf())
                        .param("email", DemoAccounts.MADELEINE)
                        .param("motDePasse", "demo-directeur-2026"))
                .andExpect(redirectedUrl(editor))
                .andReturn();
        session = login.getResponse().getCookie("PORTAIL_SESSION");
        mvc.perform(get(editor).cookie(session))
                .andExpect(content().string(containsString("Texte tapé pendant une heure.")))
                .andExpect(content().string(containsString("quand votre session a expiré")));
        // Shown once; nothing was saved behind the director's back.
        assertThat(contents.working(contacts.id(), "0350255M")).isEmpty();
        mvc.perform(get(editor).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Texte tapé pendant une heure."))));

        // A form from another site is never kept (it could plant text in someone's session).
        var foreign = mvc.perform(post(editor)
                        .header("Origin", "https://ailleurs.example")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("texte", "Texte d'un autre site")
                        .param("_secours", "oui"))
                .andExpect(status().isForbidden())
                .andReturn();
        Cookie foreignSession = foreign.getResponse().getCookie("PORTAIL_SESSION");
        var loginAfterForeign = post("/admin/connexion")
                .with(csrf())
                .param("email", DemoAccounts.MADELEINE)
                .param("motDePasse", "demo-directeur-2026");
        if (foreignSession != null) {
            loginAfterForeign.cookie(foreignSession);
        }
        mvc.perform(loginAfterForeign).andExpect(redirectedUrl("/admin"));
        // The login form itself is never kept (its password would sit in the session).
        mvc.perform(post("/admin/connexion")
                        .header("Origin", "http://localhost")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("email", DemoAccounts.MADELEINE)
                        .param("motDePasse", "demo-directeur-2026"))
                .andExpect(status().isForbidden());
    }

    /** The demo directors' addresses. */
    static final class DemoAccounts {
        static final String GAUTRY = "directeur.0350256n@fougeres.demo";
        static final String GUESCLIN = "directeur.0351861h@fougeres.demo";
        static final String MADELEINE = "directeur.0350255m@fougeres.demo";
    }
}
