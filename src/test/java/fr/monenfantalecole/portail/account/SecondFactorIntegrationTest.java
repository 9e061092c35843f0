package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/** The second factor, the longest a login lasts, and logins in the journal (issue 12, hole 12). */
@PortailTest
class SecondFactorIntegrationTest {

    static final String SESSION = "PORTAIL_SESSION";
    static final String PASSWORD = "un-mot-de-passe-de-test-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffUsers users;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Autowired
    TemporaryCollectivites temporary;

    /** The commune the test's agents work for. */
    Collectivite commune;

    @BeforeEach
    void communeOfTheAgents() {
        commune = temporary.create("second-facteur", "Commune du second facteur");
    }

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
        temporary.delete(commune);
    }

    @Test
    void aStaffMemberEnrolsThenLogsInWithTheCodeOfTheirApp() throws Exception {
        String email = newAccount();
        Cookie session = logIn(email)
                .andExpect(redirectedUrl("/admin"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);

        mvc.perform(get("/admin/mon-compte/double-authentification").cookie(session))
                .andExpect(content().string(containsString("Configurer la double authentification")));
        mvc.perform(post("/admin/mon-compte/double-authentification/commencer")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/mon-compte/double-authentification"));
        String page = mvc.perform(
                        get("/admin/mon-compte/double-authentification").cookie(session))
                .andExpect(content().string(containsString("src=\"data:image/svg+xml;base64,")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var secretShown = Pattern.compile("id=\"cle-secrete\">([A-Z2-7]+)<").matcher(page);
        assertThat(secretShown.find()).isTrue();
        String secret = secretShown.group(1);

        mvc.perform(post("/admin/mon-compte/double-authentification/confirmer")
                        .cookie(session)
                        .with(csrf())
                        .param("code", "000000"))
                .andExpect(content().string(containsString("Ce code ne convient pas")));
        assertThat(jdbc.sql("select totp_confirmed_at is null from staff_user where id = :id")
                        .param("id", id(email))
                        .query(Boolean.class)
                        .single())
                .as("not active before a code confirms it")
                .isTrue();
        String codes = mvc.perform(post("/admin/mon-compte/double-authentification/confirmer")
                        .cookie(session)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now())))
                .andExpect(content().string(containsString("ne seront plus jamais affichés")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var recovery = new ArrayList<String>();
        var matcher = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(codes);
        while (matcher.find()) {
            recovery.add(matcher.group(1));
        }
        assertThat(recovery).hasSize(SecondFactor.RECOVERY_CODES);
        assertThat(jdbc.sql("select code_hash from staff_recovery_code where user_id = :id")
                        .param("id", id(email))
                        .query(String.class)
                        .list())
                .hasSize(SecondFactor.RECOVERY_CODES)
                .doesNotContainAnyElementsOf(recovery);
        mvc.perform(get("/admin/mon-compte/double-authentification").cookie(session))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(containsString("est activée")));

        Cookie second = logIn(email)
                .andExpect(redirectedUrl("/admin/connexion/code"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
        mvc.perform(get("/admin").cookie(second)).andExpect(redirectedUrl("/admin/connexion/code"));
        mvc.perform(post("/admin/connexion/code").cookie(second).with(csrf()).param("code", "123456"))
                .andExpect(content().string(containsString("Ce code ne convient pas")));
        Cookie opened = mvc.perform(post("/admin/connexion/code")
                        .cookie(second)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now().plusSeconds(30))))
                .andExpect(redirectedUrl("/admin"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
        // The back office opens under a new session id: the one seen on the code page opens nothing.
        assertThat(opened).isNotNull();
        assertThat(opened.getValue()).isNotEqualTo(second.getValue());
        mvc.perform(get("/admin").cookie(opened)).andExpect(status().isOk());
        mvc.perform(get("/admin").cookie(second)).andExpect(status().is3xxRedirection());

        Cookie third = logIn(email)
                .andExpect(redirectedUrl("/admin/connexion/code"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
        mvc.perform(post("/admin/connexion/code")
                        .cookie(third)
                        .with(csrf())
                        .param("code", recovery.getFirst().toUpperCase()))
                .andExpect(redirectedUrl("/admin"));
        Cookie fourth = logIn(email).andReturn().getResponse().getCookie(SESSION);
        mvc.perform(post("/admin/connexion/code").cookie(fourth).with(csrf()).param("code", recovery.getFirst()))
                .andExpect(content().string(containsString("Ce code ne convient pas")));

        assertThat(actions(email))
                .contains(
                        "double-authentification.activee",
                        "double-authentification.reussie",
                        "double-authentification.echouee");
    }

    @Test
    void aLoginLastsTwelveHoursAtMostHoweverActive() throws Exception {
        String email = newAccount();
        Cookie session = logIn(email)
                .andExpect(redirectedUrl("/admin"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

        loggedInAgo(email, Duration.ofHours(11).plusMinutes(59));
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
        loggedInAgo(email, Duration.ofHours(12).plusMinutes(1));
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/admin/connexion?duree"));
        mvc.perform(get("/admin").cookie(session))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).contains("/admin/connexion"));
        mvc.perform(get("/admin/connexion?duree")).andExpect(content().string(containsString("durée maximale")));
    }

    @Test
    void aLoginOpenedBeforeTheRuleCountsFromWhenItIsFirstSeen() throws Exception {
        String email = newAccount();
        Cookie session = logIn(email)
                .andExpect(redirectedUrl("/admin"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
        sessions.findByPrincipalName(email).values().forEach(this::forgetLoginTime);
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
        assertThat(sessions.findByPrincipalName(email).values())
                .allSatisfy(s -> assertThat((Long) s.getAttribute(StaffSessionGate.LOGGED_IN_AT))
                        .isNotNull());
        loggedInAgo(email, Duration.ofHours(13));
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/admin/connexion?duree"));
    }

    @Test
    void loginsAreInTheJournalWithoutPasswordsNorUnknownLogins() throws Exception {
        String email = newAccount();
        logIn(email).andExpect(redirectedUrl("/admin"));
        mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .param("email", email)
                        .param("motDePasse", "Secret-Tape-Par-Erreur"))
                .andExpect(redirectedUrl("/admin/connexion?erreur"));
        String stranger = "personne-" + UUID.randomUUID() + "@exemple.fr";
        long before = jdbc.sql(
                        "select count(*) from audit_event where action = 'connexion.echouee' and user_id is null")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .param("email", stranger)
                        .param("motDePasse", "Autre-Secret"))
                .andExpect(redirectedUrl("/admin/connexion?erreur"));
        for (int i = 0; i < LoginThrottle.PAIR_BUDGET; i++) {
            mvc.perform(post("/admin/connexion")
                    .with(csrf())
                    .with(r -> {
                        r.setRemoteAddr("192.0.2.44");
                        return r;
                    })
                    .param("email", email)
                    .param("motDePasse", "faux-" + i));
        }
        mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.44");
                            return r;
                        })
                        .param("email", email)
                        .param("motDePasse", PASSWORD))
                .andExpect(redirectedUrl("/admin/connexion?bloque"));

        assertThat(actions(email)).contains("connexion.reussie", "connexion.echouee", "connexion.bloquee");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'connexion.echouee' and user_id is null")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        var everything = jdbc.sql("select concat_ws(' ', action, object_type, object_id, detail) from audit_event")
                .query(String.class)
                .list();
        assertThat(String.join("\n", everything))
                .doesNotContain("Secret-Tape-Par-Erreur", "Autre-Secret", stranger, PASSWORD);
    }

    private String newAccount() {
        String email = "agent-" + UUID.randomUUID() + "@exemple.fr";
        long id = users.create(email, "Agent d'essai", PASSWORD);
        users.grant(id, Role.COLLECTIVITE_AGENT, commune.id());
        return email;
    }

    private org.springframework.test.web.servlet.ResultActions logIn(String email) throws Exception {
        return mvc.perform(
                post("/admin/connexion").with(csrf()).param("email", email).param("motDePasse", PASSWORD));
    }

    private long id(String email) {
        return users.idOf(email).orElseThrow();
    }

    private List<String> actions(String email) {
        return jdbc.sql("select action from audit_event where user_id = :id")
                .param("id", id(email))
                .query(String.class)
                .list();
    }

    /** Moves the login time of every session of the account back, as if it had started that long ago. */
    private void loggedInAgo(String email, Duration ago) {
        sessions.findByPrincipalName(email).values().forEach(session -> save(session, ago));
    }

    @SuppressWarnings("unchecked")
    private <S extends Session> void forgetLoginTime(S session) {
        session.removeAttribute(StaffSessionGate.LOGGED_IN_AT);
        ((FindByIndexNameSessionRepository<S>) sessions).save(session);
    }

    @SuppressWarnings("unchecked")
    private <S extends Session> void save(S session, Duration ago) {
        session.setAttribute(StaffSessionGate.LOGGED_IN_AT, System.currentTimeMillis() - ago.toMillis());
        ((FindByIndexNameSessionRepository<S>) sessions).save(session);
    }
}
