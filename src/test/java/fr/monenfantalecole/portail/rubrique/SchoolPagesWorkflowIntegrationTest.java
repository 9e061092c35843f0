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
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.World;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole school-page cycle on a commune of its own: invitation, director's draft, submission,
 * validation, public page; returns, update requests and reminders; the same rubriques everywhere;
 * files; isolation of directors and of collectivités. The commune ({@code w}) has five écoles, its
 * suggested rubriques chosen, its admin, agent and directors ({@link World}); another commune
 * ({@code other}) has an école and no rubriques; the intercommunalité tests make their own.
 */
@PortailTest
class SchoolPagesWorkflowIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    /** The commune whose school pages are written (Fougères in the demo). */
    @OwnCommune
    World w;

    /** Another commune, with an école and no rubriques of its own (Rennes in the demo). */
    @OwnCommune
    World other;

    String slug;
    String elsewhere;
    School tilleuls;
    School chateau;
    School coquelicots;
    School verger;
    School riviere;
    School otherSchool;

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

    @BeforeEach
    void communeWithItsSchoolsAndRubriques() {
        slug = w.slug();
        elsewhere = other.slug();
        tilleuls = w.school("Ecole élémentaire publique des Tilleuls");
        chateau = w.school("Ecole primaire publique du Château");
        coquelicots = w.school("Ecole primaire publique les Coquelicots");
        verger = w.school("Ecole maternelle publique du Verger");
        riviere = w.school("Ecole primaire publique de la Rivière");
        otherSchool = other.school("Ecole primaire publique de l'autre commune");
        rubriques.chooseSuggested(w.id());
    }

    Rubrique rubrique(String titre) {
        return rubriques.own(w.id()).stream()
                .filter(r -> r.titre().equals(titre))
                .findFirst()
                .orElseThrow();
    }

    @Autowired
    Mailbox mailbox;

    /** Invites, and returns the link the invited person receives (only in the e-mail). */
    String invite(String uai, String email) throws Exception {
        var before = java.time.Instant.now();
        mvc.perform(post("/admin/" + slug + "/pages-ecoles/" + uai + "/inviter")
                        .with(csrf())
                        .with(w.admin().mvc())
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
        var parti = w.director(coquelicots);
        long leaver = parti.id();
        long communeId = w.id();
        mvc.perform(get("/admin/mes-etablissements/" + coquelicots.uai()).with(parti.mvc()))
                .andExpect(status().isOk());
        String revoke = "/admin/" + slug + "/pages-ecoles/" + coquelicots.uai() + "/directeurs/" + leaver + "/retirer";
        // Another commune cannot, and nothing happens without the CSRF token.
        mvc.perform(post(revoke.replace("/" + slug + "/", "/" + elsewhere + "/"))
                        .with(csrf())
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post(revoke).with(w.admin().mvc())).andExpect(status().isForbidden());
        mvc.perform(post(revoke).with(csrf()).with(w.admin().mvc())).andExpect(status().is3xxRedirection());
        assertThat(users.directorsOf(communeId, coquelicots.uai()))
                .extracting(fr.monenfantalecole.portail.account.StaffUsers.Director::id)
                .doesNotContain(leaver);
        mvc.perform(get("/admin/mes-etablissements/" + coquelicots.uai()).with(parti.mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post(revoke).with(csrf()).with(w.admin().mvc())).andExpect(status().isNotFound());
    }

    @Test
    void theMairieNeverPublishesATextItDidNotRead() throws Exception {
        var acces = rubrique("Accès et stationnement");
        var director = w.director(chateau).mvc();
        String editor = "/admin/mes-etablissements/" + chateau.uai() + "/rubriques/" + acces.id();
        String review = "/admin/" + slug + "/pages-ecoles/" + chateau.uai() + "/rubriques/" + acces.id();
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Parking rue des Écoles.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        var read = seen(acces.id(), chateau.uai());
        // The director changes the text while the agent is reading the first one.
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Parking rue des Écoles, 20 places.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(review + "/valider").with(csrf()).with(w.admin().mvc()).with(read))
                .andExpect(flash().attribute(
                                "erreur", org.hamcrest.Matchers.containsString("relisez la nouvelle version")));
        mvc.perform(get("/" + slug + "/ecoles/" + chateau.uai()))
                .andExpect(content().string(not(containsString("Parking rue des Écoles"))));
        // Nor a draft: a decision without the version read is refused too.
        mvc.perform(post(review + "/valider").with(csrf()).with(w.admin().mvc()))
                .andExpect(flash().attribute("erreur", org.hamcrest.Matchers.containsString("relisez")));
        mvc.perform(post(review + "/valider").with(csrf()).with(w.admin().mvc()).with(seen(acces.id(), chateau.uai())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + slug + "/ecoles/" + chateau.uai()))
                .andExpect(content().string(containsString("Parking rue des Écoles, 20 places.")));
    }

    @Test
    void inviteEditSubmitValidateAndThePublicPageShowsIt() throws Exception {
        String email = "direction.coquelicots." + slug + "@ecole.test";
        w.forgetWhenClosed(email);
        String link = invite(coquelicots.uai(), email);
        assertThat(outbox.to(email).getFirst().sujet()).contains("Invitation").contains("Coquelicots");

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
                .andExpect(redirectedUrl("/admin/mes-etablissements/" + coquelicots.uai()));
        var activites = rubrique("Activités");
        String editor = "/admin/mes-etablissements/" + coquelicots.uai() + "/rubriques/" + activites.id();
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
        mvc.perform(get("/" + slug + "/ecoles/" + coquelicots.uai()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Activités")))
                .andExpect(content().string(not(containsString("Classe de mer"))));

        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Classe de mer en **mai** pour les CM1.")
                        .param("action", "soumettre"))
                .andExpect(redirectedUrl("/admin/mes-etablissements/" + coquelicots.uai()));
        mvc.perform(get("/" + slug + "/ecoles/" + coquelicots.uai()))
                .andExpect(content().string(not(containsString("Classe de mer"))));
        mvc.perform(get("/admin/" + slug + "/pages-ecoles").with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ecole primaire publique les Coquelicots")))
                .andExpect(content()
                        .string(containsString("/admin/" + slug + "/pages-ecoles/" + coquelicots.uai() + "/rubriques/"
                                + activites.id())));
        mvc.perform(get("/admin/" + slug + "/pages-ecoles/" + coquelicots.uai())
                        .with(w.admin().mvc()))
                .andExpect(content().string(containsString("En attente de validation")));

        String review = "/admin/" + slug + "/pages-ecoles/" + coquelicots.uai() + "/rubriques/" + activites.id();
        mvc.perform(get(review).with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouté : </span>Classe de mer")))
                .andExpect(content().string(containsString("Valider et publier")));
        mvc.perform(post(review + "/valider")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .with(seen(activites.id(), coquelicots.uai())))
                .andExpect(status().is3xxRedirection());

        String today = LocalDate.now(ZoneId.of("Europe/Paris"))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRANCE));
        mvc.perform(get("/" + slug + "/ecoles/" + coquelicots.uai()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Classe de mer en <strong>mai</strong> pour les CM1.")))
                .andExpect(content().string(containsString("Mis à jour le " + today)));
        assertThat(contents.history(activites.id(), coquelicots.uai()))
                .hasSize(1)
                .allMatch(v -> v.etat() == RubriqueVersion.State.PUBLIE);
    }

    @Test
    void theMairieReturnsASubmissionWithAComment() throws Exception {
        var equipe = rubrique("L'équipe");
        var director = w.director(chateau).mvc();
        String editor = "/admin/mes-etablissements/" + chateau.uai() + "/rubriques/" + equipe.id();
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "M. Dupont, 06 12 34 56 78")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        String review = "/admin/" + slug + "/pages-ecoles/" + chateau.uai() + "/rubriques/" + equipe.id();
        mvc.perform(post(review + "/renvoyer")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .with(seen(equipe.id(), chateau.uai())))
                .andExpect(flash().attribute("erreur", "Expliquez au directeur ce qu'il faut reprendre."));
        mvc.perform(post(review + "/renvoyer")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .with(seen(equipe.id(), chateau.uai()))
                        .param("commentaire", "Pas de numéro de téléphone personnel, merci."))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox.to(w.director(chateau).email()).getFirst().sujet()).startsWith("À reprendre : « L'équipe »");
        assertThat(outbox.to(w.director(chateau).email()).getFirst().corps())
                .contains("Pas de numéro de téléphone personnel, merci.");
        mvc.perform(get(editor).with(director))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pas de numéro de téléphone personnel, merci.")))
                .andExpect(content().string(containsString("M. Dupont, 06 12 34 56 78")));
        mvc.perform(get("/" + slug + "/ecoles/" + chateau.uai()))
                .andExpect(content().string(not(containsString("M. Dupont"))));

        // The director rewrites; the history keeps every version and compares each with the one before.
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "M. Dupont, directeur")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(review + "/valider").with(csrf()).with(w.admin().mvc()).with(seen(equipe.id(), chateau.uai())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "M. Dupont, directeur\nMme Roux, CP")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(review + "/valider").with(csrf()).with(w.admin().mvc()).with(seen(equipe.id(), chateau.uai())))
                .andExpect(status().is3xxRedirection());
        var history = contents.history(equipe.id(), chateau.uai());
        assertThat(history)
                .extracting(RubriqueVersion::etat)
                .containsExactly(
                        RubriqueVersion.State.PUBLIE, RubriqueVersion.State.REMPLACE, RubriqueVersion.State.RENVOYE);
        assertThat(history.get(2).texte()).isEqualTo("M. Dupont, 06 12 34 56 78");
        assertThat(history.get(2).commentaire()).isEqualTo("Pas de numéro de téléphone personnel, merci.");
        mvc.perform(get(review + "/versions/" + history.get(0).id())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Ce qui change par rapport à la version "
                                + history.get(1).id())))
                .andExpect(content().string(containsString("Ajouté : </span>Mme Roux, CP")));
        mvc.perform(get(review + "/versions/" + history.get(0).id())
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/" + slug + "/ecoles/" + chateau.uai()))
                .andExpect(content().string(containsString("Mme Roux, CP")));
        assertThat(outbox.to(w.director(chateau).email()).getFirst().sujet()).startsWith("Publiée : « L'équipe »");
    }

    @Test
    void anUpdateRequestMailsTheDirectorsAndIsRemindedOnceBeforeItsDeadline() throws Exception {
        // Its page is published (the request marks a published rubrique "À revoir"), as the demo's first école's is.
        PublishedSchoolPage.publish(context, w, tilleuls);
        var horaires = rubrique("Horaires d'accueil");
        var today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String deadline = today.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        int before = outbox.to(w.director(tilleuls).email()).size();
        mvc.perform(post("/admin/" + slug + "/pages-ecoles/" + tilleuls.uai() + "/demander")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("rubrique", String.valueOf(horaires.id()))
                        .param("message", "Merci de mettre à jour les horaires avant le 15 août")
                        .param("echeance", deadline))
                .andExpect(flash().attribute(
                                "message", "Demande envoyée à 1 directeur ; un rappel partira avant l'échéance."));
        var mails = outbox.to(w.director(tilleuls).email());
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.getFirst().corps()).contains("Merci de mettre à jour les horaires avant le 15 août");

        mvc.perform(get("/admin/" + slug + "/pages-ecoles/" + tilleuls.uai())
                        .with(w.admin().mvc()))
                .andExpect(content().string(containsString("À revoir")));
        mvc.perform(get("/admin/mes-etablissements/" + tilleuls.uai())
                        .with(w.director(tilleuls).mvc()))
                .andExpect(content().string(containsString("Merci de mettre à jour les horaires avant le 15 août")));

        assertThat(requests.sendReminders(today)).isPositive();
        assertThat(outbox.to(w.director(tilleuls).email())).hasSize(before + 2);
        assertThat(outbox.to(w.director(tilleuls).email()).getFirst().sujet()).startsWith("Rappel");
        // Already reminded: never twice, whichever node runs the job.
        requests.sendReminders(today);
        assertThat(outbox.to(w.director(tilleuls).email())).hasSize(before + 2);

        mvc.perform(post("/admin/mes-etablissements/" + tilleuls.uai() + "/rubriques/" + horaires.id())
                        .with(csrf())
                        .with(w.director(tilleuls).mvc())
                        .param("texte", "Nouveaux horaires : 8 h 30 – 16 h 15.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.open(w.id(), tilleuls.uai()))
                .noneMatch(q -> horaires.id() == (q.rubriqueId() == null ? -1 : q.rubriqueId()));
    }

    @Test
    void everySchoolOfACollectiviteShowsTheSameRubriquesInTheSameOrder() throws Exception {
        // A school whose page is filled in (validated rubriques and a PDF), as the demo's first écoles are.
        PublishedSchoolPage.publish(context, w, tilleuls);
        List<String> titles =
                rubriques.own(w.id()).stream().map(Rubrique::titre).toList();
        assertThat(titles).hasSize(10);
        for (String uai : List.of(tilleuls.uai(), chateau.uai(), verger.uai())) {
            String html = mvc.perform(get("/" + slug + "/ecoles/" + uai))
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
        mvc.perform(get("/" + slug + "/ecoles/" + verger.uai()))
                .andExpect(content().string(containsString("Cette rubrique n'est pas encore renseignée.")));
        // No eleventh rubrique.
        mvc.perform(post("/admin/" + slug + "/rubriques/ajouter")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Une onzième")
                        .param("aide", ""))
                .andExpect(
                        flash().attribute(
                                        "erreur",
                                        "Vous avez déjà 10 rubriques, le maximum : supprimez-en une avant d'en ajouter une autre."));
        // A collectivité without rubriques shows none.
        mvc.perform(get("/" + elsewhere + "/ecoles/" + otherSchool.uai()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("rubrique-0"))));
    }

    @Test
    void anIntercommunaliteChoosesRubriquesForItsMemberCommunesSchools() throws Exception {
        try (var agglomeration = fixtures.agglomeration()) {
            // A member commune that chose no rubriques (Lécousse in the demo), one that chose its own (Fougères).
            var without = agglomeration.member();
            var withoutSchool = without.school("Ecole publique de la commune sans rubriques");
            var own = agglomeration.member();
            var ownSchool = own.school("Ecole publique de la commune qui a choisi");
            rubriques.chooseSuggested(own.id());
            String agglo = agglomeration.slug();
            var admin = agglomeration.admin().mvc();
            mvc.perform(post("/admin/" + agglo + "/rubriques/proposees")
                            .with(csrf())
                            .with(admin))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/admin/" + agglo + "/rubriques/ajouter")
                            .with(csrf())
                            .with(admin)
                            .param("titre", "Transport scolaire")
                            .param("aide", ""))
                    .andExpect(
                            flash().attribute(
                                            "erreur",
                                            "Vous avez déjà 10 rubriques, le maximum : supprimez-en une avant d'en ajouter une autre."));
            var first = rubriques.own(agglomeration.id()).getFirst();
            mvc.perform(post("/admin/" + agglo + "/rubriques/" + first.id())
                            .with(csrf())
                            .with(admin)
                            .param("titre", "Présentation de l'école")
                            .param("aide", "Quelques lignes."))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/" + agglo + "/ecoles/" + withoutSchool.uai()))
                    .andExpect(content().string(containsString("Présentation de l'école")));
            // The member that chose its own: they win on its portal (the nearest collectivité that chose, walking up).
            mvc.perform(get("/" + own.slug() + "/ecoles/" + ownSchool.uai()))
                    .andExpect(content().string(not(containsString("Présentation de l'école"))));
            assertThat(rubriques.resolve(own.collectivite()).orElseThrow().ownerId())
                    .isEqualTo(own.id());
        }
    }

    @Test
    void directorsSeeOnlyTheirSchoolAndAgentsOnlyTheirCollectivite() throws Exception {
        var tilleulsDirector = w.director(tilleuls).mvc();
        long horaires = rubrique("Horaires d'accueil").id();
        mvc.perform(get("/admin/mes-etablissements/" + chateau.uai()).with(tilleulsDirector))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/mes-etablissements/" + chateau.uai() + "/rubriques/" + horaires)
                        .with(tilleulsDirector))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/mes-etablissements/" + chateau.uai() + "/rubriques/" + horaires)
                        .with(csrf())
                        .with(tilleulsDirector)
                        .param("texte", "piraté"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + slug + "/pages-ecoles").with(tilleulsDirector))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + slug + "/rubriques").with(tilleulsDirector)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + slug).with(tilleulsDirector)).andExpect(status().isNotFound());
        // A rubrique of another collectivité is unknown to the commune's director.
        rubriques.add(other.id(), "Rubrique de l'autre commune", "");
        long otherRubrique = rubriques.own(other.id()).getFirst().id();
        mvc.perform(get("/admin/mes-etablissements/" + tilleuls.uai() + "/rubriques/" + otherRubrique)
                        .with(tilleulsDirector))
                .andExpect(status().isNotFound());

        var otherAdmin = other.admin().mvc();
        mvc.perform(get("/admin/" + slug + "/pages-ecoles").with(otherAdmin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + slug + "/pages-ecoles/" + tilleuls.uai()).with(otherAdmin))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + slug + "/pages-ecoles/" + tilleuls.uai() + "/inviter")
                        .with(csrf())
                        .with(otherAdmin)
                        .param("email", "x@y.fr"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + slug + "/courriels").with(otherAdmin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mes-etablissements").with(otherAdmin)).andExpect(status().isOk());
        // An agent sees only establishments of their territory.
        mvc.perform(get("/admin/" + slug + "/pages-ecoles/" + otherSchool.uai())
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + elsewhere + "/pages-ecoles/" + tilleuls.uai())
                        .with(otherAdmin))
                .andExpect(status().isNotFound());
        // A mail to the commune's director of la Rivière, as the demo's outbox holds one.
        String riviereDirector = w.director(riviere).email();
        mvc.perform(post("/admin/" + slug + "/pages-ecoles/" + riviere.uai() + "/demander")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("rubrique", String.valueOf(horaires))
                        .param("message", "Merci de relire vos horaires")
                        .param(
                                "echeance",
                                LocalDate.now(ZoneId.of("Europe/Paris"))
                                        .plusDays(7)
                                        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox.to(riviereDirector)).isNotEmpty();
        // The outbox: the platform sees everything, a collectivité its own.
        mvc.perform(get("/admin/plateforme/courriels").with(w.platform().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w.director(riviere).email())));
        mvc.perform(get("/admin/plateforme/courriels").with(w.admin().mvc())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + slug + "/courriels").with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w.director(riviere).email())));
        mvc.perform(get("/admin/" + elsewhere + "/courriels").with(otherAdmin))
                .andExpect(
                        content().string(not(containsString(w.director(riviere).email()))));
    }

    @Test
    void onlyCheckedPdfsAreAttachedAndOnlyPublishedOnesArePublic() throws Exception {
        var director = w.director(chateau).mvc();
        var projet = rubrique("Projet d'école");
        String editor = "/admin/mes-etablissements/" + chateau.uai() + "/rubriques/" + projet.id();

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
        assertThat(contents.working(projet.id(), chateau.uai())
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
        var draft = contents.working(projet.id(), chateau.uai()).orElseThrow();
        var doc = documents.of(draft.id()).getFirst();
        mvc.perform(get("/" + slug + "/etablissements/" + chateau.uai() + "/documents/" + doc.id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/mes-etablissements/" + chateau.uai() + "/documents/" + doc.id())
                        .with(director))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/admin/mes-etablissements/" + tilleuls.uai() + "/documents/" + doc.id())
                        .with(w.director(tilleuls).mvc()))
                .andExpect(status().isNotFound());

        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "Notre projet d'école 2024-2028.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/" + slug + "/pages-ecoles/" + chateau.uai() + "/rubriques/" + projet.id() + "/valider")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .with(seen(projet.id(), chateau.uai())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + slug + "/ecoles/" + chateau.uai()))
                .andExpect(content()
                        .string(containsString(
                                "/" + slug + "/etablissements/" + chateau.uai() + "/documents/" + doc.id())));
        mvc.perform(get("/" + slug + "/etablissements/" + chateau.uai() + "/documents/" + doc.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/" + elsewhere + "/etablissements/" + chateau.uai() + "/documents/" + doc.id()))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePreviewSavesTheDraftSoThatNothingTypedIsLost() throws Exception {
        var director = w.director(riviere).mvc();
        var acces = rubrique("Accès et stationnement");
        String editor = "/admin/mes-etablissements/" + riviere.uai() + "/rubriques/" + acces.id();
        mvc.perform(post(editor + "/apercu")
                        .with(csrf())
                        .with(director)
                        .param("texte", "Dépose-minute rue de la **Rivière**."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Rivière</strong>")))
                .andExpect(content().string(containsString("Brouillon enregistré automatiquement")));
        assertThat(contents.working(acces.id(), riviere.uai()).orElseThrow().texte())
                .isEqualTo("Dépose-minute rue de la **Rivière**.");
        mvc.perform(get(editor).with(director))
                .andExpect(content().string(containsString("Dépose-minute rue de la **Rivière**.")));
        // Without a session the request is refused (and the browser keeps the text in localStorage).
        mvc.perform(post(editor + "/apercu").param("texte", "x")).andExpect(status().isForbidden());
    }

    @Test
    void aCollectiviteAgentFollowsTheSchoolPagesAndNothingElse() throws Exception {
        // The commune is a member of an intercommunalité here, as Fougères is of its agglomération.
        try (var agglomeration = fixtures.agglomeration()) {
            var commune = agglomeration.member();
            var school = commune.school("Ecole primaire publique de la commune membre");
            rubriques.chooseSuggested(commune.id());
            String member = commune.slug();
            var agent = commune.agent().mvc();
            mvc.perform(get("/admin").with(agent))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/admin/" + member + "/pages-ecoles")));
            mvc.perform(get("/admin/" + member + "/pages-ecoles").with(agent)).andExpect(status().isOk());
            mvc.perform(get("/admin/" + member + "/rubriques").with(agent)).andExpect(status().isOk());
            mvc.perform(get("/admin/" + member + "/pages-ecoles/" + school.uai())
                            .with(agent))
                    .andExpect(status().isOk());
            mvc.perform(get("/admin/" + member + "/courriels").with(agent)).andExpect(status().isOk());
            mvc.perform(get("/admin/" + member).with(agent)).andExpect(status().isNotFound());
            mvc.perform(get("/admin/" + member + "/identite").with(agent)).andExpect(status().isNotFound());
            mvc.perform(get("/admin/" + member + "/actualites").with(agent)).andExpect(status().isNotFound());
            mvc.perform(get("/admin/" + elsewhere + "/pages-ecoles").with(agent))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/admin/" + agglomeration.slug() + "/pages-ecoles").with(agent))
                    .andExpect(status().isNotFound());
            // The agglomération's admin follows its member commune's schools.
            mvc.perform(get("/admin/" + member + "/pages-ecoles")
                            .with(agglomeration.admin().mvc()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aFormPostedAfterTheSessionExpiredIsKeptUntilTheDirectorLogsInAgain() throws Exception {
        var contacts = rubrique("Contacts");
        String editor = "/admin/mes-etablissements/" + riviere.uai() + "/rubriques/" + contacts.id();
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
                        .param("email", w.director(riviere).email())
                        .param("motDePasse", World.PASSWORD))
                .andExpect(redirectedUrl(editor))
                .andReturn();
        session = login.getResponse().getCookie("PORTAIL_SESSION");
        mvc.perform(get(editor).cookie(session))
                .andExpect(content().string(containsString("Texte tapé pendant une heure.")))
                .andExpect(content().string(containsString("quand votre session a expiré")));
        // Shown once; nothing was saved behind the director's back.
        assertThat(contents.working(contacts.id(), riviere.uai())).isEmpty();
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
                .param("email", w.director(riviere).email())
                .param("motDePasse", World.PASSWORD);
        if (foreignSession != null) {
            loginAfterForeign.cookie(foreignSession);
        }
        mvc.perform(loginAfterForeign).andExpect(redirectedUrl("/admin"));
        // The login form itself is never kept (its password would sit in the session).
        mvc.perform(post("/admin/connexion")
                        .header("Origin", "http://localhost")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("email", w.director(riviere).email())
                        .param("motDePasse", World.PASSWORD))
                .andExpect(status().isForbidden());
    }
}
