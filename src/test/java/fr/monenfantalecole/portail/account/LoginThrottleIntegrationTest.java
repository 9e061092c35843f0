package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.monenfantalecole.portail.support.PortailTest;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The login throttle as an attacker and as the account's owner meet it (issue 12, hole 1). */
@PortailTest
class LoginThrottleIntegrationTest {

    static final String ATTACKER = "203.0.113.66";
    static final String OWNER = "198.51.100.7";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void controlCharacterSuffixesAreRefusedWithAMessageAndGetNoFreshBudget() throws Exception {
        String email = "admin@saint-malo.demo";
        exhaustBudget(email, ATTACKER);
        for (String suffix : new String[] {"\u0001", "\u0002", "\u001f", "\u0000", "\u200b"}) {
            attempt(email + suffix, "demo-saint-malo-2026", ATTACKER)
                    .andExpect(
                            r -> assertThat(r.getResponse().getRedirectedUrl()).isNotEqualTo("/admin"));
        }
        var session = attempt(email + "\u0001", "demo-saint-malo-2026", OWNER)
                .andExpect(redirectedUrl("/admin/connexion?invalide"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
        mvc.perform(get("/admin/connexion?invalide").cookie(session))
                .andExpect(content().string(containsString("caractère invisible")))
                .andExpect(content().string(containsString("value=\"admin@saint-malo.demo\"")));
    }

    @Test
    void dottedCapitalIVariantsAreNotTheAccountAndGetNoFreshBudget() throws Exception {
        String email = "admin@rennes.demo";
        exhaustBudget(email, ATTACKER);
        for (String variant : new String[] {
            "adm\u0130n@rennes.demo",
            "ADM\u0130N@RENNES.DEMO",
            "adm\u0131n@rennes.demo",
            "ADMIN@rennes.demo",
            " admin@rennes.demo ",
            "\uff41dmin@rennes.demo"
        }) {
            attempt(variant, "demo-rennes-2026", ATTACKER)
                    .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
                            .as(variant)
                            .isNotEqualTo("/admin"));
        }
        // The same variants name the account for its owner: one rule, the lookup's and the throttle's.
        attempt("ADMIN@Rennes.Demo", "demo-rennes-2026", OWNER).andExpect(redirectedUrl("/admin"));
        attempt("\uff41dmin@rennes.demo", "demo-rennes-2026", OWNER).andExpect(redirectedUrl("/admin"));
        attempt("adm\u0130n@rennes.demo", "demo-rennes-2026", OWNER)
                .andExpect(redirectedUrl("/admin/connexion?erreur"));
    }

    @Test
    void javaAndTheAccountLookupNormaliseLoginsAlike() {
        for (String email : new String[] {
            "Admin@Exemple.FR",
            "ADM\u0130N@exemple.fr",
            "adm\u0131n@exemple.fr",
            "\uff21dmin@exemple.fr",
            "admin@exe\u2126ple.fr",
            "caf\u0065\u0301@exemple.fr",
            "\u00c9cole@exemple.fr",
            "admin@exemple.fr\u3000",
            "\u00a0admin@exemple.fr",
            "\ufb01n@exemple.fr"
        }) {
            String stored =
                    jdbc.sql("""
                    with u as (insert into staff_user (email, nom, password_hash) values (:email, 'essai', 'x') returning login)
                    select login from u""").param("email", email).query(String.class).single();
            jdbc.sql("delete from staff_user where email = :email")
                    .param("email", email)
                    .update();
            assertThat(LoginName.normalise(email)).as(email).contains(stored);
        }
    }

    @Test
    void parallelAttemptsGetNoMoreThanTheBudget() throws Exception {
        int attempts = 24;
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<String>>();
        for (int i = 0; i < attempts; i++) {
            String password = "essai-parallele-" + i;
            tasks.add(() -> {
                start.await();
                return attempt("admin@fougeres-agglomeration.demo", password, ATTACKER)
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl();
            });
        }
        Map<String, Long> outcomes;
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            var urls = new ArrayList<String>();
            for (var future : futures) {
                urls.add(future.get());
            }
            outcomes = urls.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        }
        System.out.printf(
                "[login-campaign] %d parallel wrong passwords: %d checked, %d refused before checking%n",
                attempts,
                outcomes.getOrDefault("/admin/connexion?erreur", 0L),
                outcomes.getOrDefault("/admin/connexion?bloque", 0L));
        assertThat(outcomes.getOrDefault("/admin/connexion?erreur", 0L)).isEqualTo((long) LoginThrottle.PAIR_BUDGET);
        assertThat(outcomes.getOrDefault("/admin/connexion?bloque", 0L))
                .isEqualTo((long) attempts - LoginThrottle.PAIR_BUDGET);
    }

    @Test
    void theOwnerStillLogsInFromTheirAddressWhileAnAttackerIsThrottled() throws Exception {
        String email = "admin@vitre.demo";
        int refused = 0;
        for (int i = 0; i < 3 * LoginThrottle.ADDRESS_BUDGET; i++) {
            String url = attempt(email, "devine-" + i, ATTACKER)
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            refused += "/admin/connexion?bloque".equals(url) ? 1 : 0;
        }
        assertThat(refused).as("the attacker is slowed down").isGreaterThan(0);
        attempt(email, "demo-vitre-2026", ATTACKER).andExpect(redirectedUrl("/admin/connexion?bloque"));
        System.out.printf(
                "[login-campaign] %d wrong passwords from one address: %d refused; owner elsewhere: ",
                3 * LoginThrottle.ADDRESS_BUDGET, refused);
        attempt(email, "demo-vitre-2026", OWNER).andExpect(redirectedUrl("/admin"));
        System.out.println("logged in");
    }

    @Test
    void anAddressThatTriedTooManyAccountsIsLockedForEveryAccount() throws Exception {
        for (int i = 0; i < LoginThrottle.ADDRESS_BUDGET; i++) {
            attempt("inconnu-" + i + "@exemple.fr", "x", ATTACKER).andExpect(redirectedUrl("/admin/connexion?erreur"));
        }
        attempt("admin@fougeres.demo", "demo-fougeres-2026", ATTACKER)
                .andExpect(redirectedUrl("/admin/connexion?bloque"));
        mvc.perform(get("/admin/connexion?bloque"))
                .andExpect(content().string(containsString("réessayez dans 15 minutes")));
        attempt("admin@fougeres.demo", "demo-fougeres-2026", OWNER).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void delaysGrowForAnAccountAndAddressPair() throws Exception {
        String email = "admin@ille-et-vilaine.demo";
        exhaustBudget(email, ATTACKER);
        long first = waitSeconds();
        attempt(email, "demo-ille-et-vilaine-2026", ATTACKER).andExpect(redirectedUrl("/admin/connexion?bloque"));
        jdbc.sql("update login_throttle set next_at = now() - interval '1 second'")
                .update();
        attempt(email, "encore-faux", ATTACKER).andExpect(redirectedUrl("/admin/connexion?erreur"));
        long second = waitSeconds();
        assertThat(first).isPositive();
        assertThat(second).isGreaterThanOrEqualTo(2 * first - 2);
    }

    private long waitSeconds() {
        return jdbc.sql("select coalesce(max(extract(epoch from next_at - now()))::bigint, 0) from login_throttle")
                .query(Long.class)
                .single();
    }

    private void exhaustBudget(String email, String address) throws Exception {
        for (int i = 0; i < LoginThrottle.PAIR_BUDGET; i++) {
            attempt(email, "mauvais-" + i, address).andExpect(redirectedUrl("/admin/connexion?erreur"));
        }
        attempt(email, "mauvais", address).andExpect(redirectedUrl("/admin/connexion?bloque"));
    }

    private ResultActions attempt(String email, String password, String address) throws Exception {
        return mvc.perform(post("/admin/connexion")
                .with(csrf())
                .with(r -> remote(r, address))
                .param("email", email)
                .param("motDePasse", password));
    }

    private static MockHttpServletRequest remote(MockHttpServletRequest request, String address) {
        request.setRemoteAddr(address);
        return request;
    }
}
