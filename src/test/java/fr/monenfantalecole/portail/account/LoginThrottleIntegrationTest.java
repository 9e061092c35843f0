package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
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

    @Autowired
    StaffUsers users;

    @OwnCommune
    World w;

    static final String PASSWORD = World.PASSWORD;

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    /** Another admin of the test's commune. */
    private String secondAdmin() {
        return w.another(Role.COLLECTIVITE_ADMIN).email();
    }

    @Test
    void controlCharacterSuffixesAreRefusedWithAMessageAndGetNoFreshBudget() throws Exception {
        String email = w.admin().email();
        exhaustBudget(email, ATTACKER);
        for (String suffix : new String[] {"\u0001", "\u0002", "\u001f", "\u0000", "\u200b"}) {
            attempt(email + suffix, PASSWORD, ATTACKER)
                    .andExpect(
                            r -> assertThat(r.getResponse().getRedirectedUrl()).isNotEqualTo("/admin"));
        }
        var session = attempt(email + "\u0001", PASSWORD, OWNER)
                .andExpect(redirectedUrl("/admin/connexion?invalide"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
        mvc.perform(get("/admin/connexion?invalide").cookie(session))
                .andExpect(content().string(containsString("caractère invisible")))
                .andExpect(
                        content().string(containsString("value=\"" + w.admin().email() + "\"")));
    }

    @Test
    void dottedCapitalIVariantsAreNotTheAccountAndGetNoFreshBudget() throws Exception {
        String email = w.admin().email();
        exhaustBudget(email, ATTACKER);
        for (String variant : new String[] {
            w.admin().email().replace("admin", "adm\u0130n"),
            w.admin().email().toUpperCase(java.util.Locale.ROOT).replace("ADMIN", "ADM\u0130N"),
            w.admin().email().replace("admin", "adm\u0131n"),
            w.admin().email().replace("admin", "ADMIN"),
            " " + w.admin().email() + " ",
            w.admin().email().replace("admin", "\uff41dmin")
        }) {
            attempt(variant, PASSWORD, ATTACKER)
                    .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
                            .as(variant)
                            .isNotEqualTo("/admin"));
        }
        // The same variants name the account for its owner: one rule, the lookup's and the throttle's.
        attempt(
                        w.admin()
                                .email()
                                .replace("admin", "ADMIN")
                                .replace(w.slug() + ".test", "E" + w.slug().substring(1) + ".Test"),
                        PASSWORD,
                        OWNER)
                .andExpect(redirectedUrl("/admin"));
        attempt(w.admin().email().replace("admin", "\uff41dmin"), PASSWORD, OWNER)
                .andExpect(redirectedUrl("/admin"));
        attempt(w.admin().email().replace("admin", "adm\u0130n"), PASSWORD, OWNER)
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
        String email = w.admin().email(); // made here, once: a world is not shared between threads
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<String>>();
        for (int i = 0; i < attempts; i++) {
            String password = "essai-parallele-" + i;
            tasks.add(() -> {
                start.await();
                return attempt(email, password, ATTACKER)
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
        String email = w.admin().email();
        int refused = 0;
        for (int i = 0; i < 3 * LoginThrottle.ADDRESS_BUDGET; i++) {
            String url = attempt(email, "devine-" + i, ATTACKER)
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            refused += "/admin/connexion?bloque".equals(url) ? 1 : 0;
        }
        assertThat(refused).as("the attacker is slowed down").isGreaterThan(0);
        attempt(email, PASSWORD, ATTACKER).andExpect(redirectedUrl("/admin/connexion?bloque"));
        System.out.printf(
                "[login-campaign] %d wrong passwords from one address: %d refused; owner elsewhere: ",
                3 * LoginThrottle.ADDRESS_BUDGET, refused);
        attempt(email, PASSWORD, OWNER).andExpect(redirectedUrl("/admin"));
        System.out.println("logged in");
    }

    @Test
    void anAddressThatTriedTooManyAccountsIsLockedForEveryAccount() throws Exception {
        for (int i = 0; i < LoginThrottle.ADDRESS_BUDGET; i++) {
            attempt("inconnu-" + i + "@exemple.fr", "x", ATTACKER).andExpect(redirectedUrl("/admin/connexion?erreur"));
        }
        attempt(w.admin().email(), PASSWORD, ATTACKER).andExpect(redirectedUrl("/admin/connexion?bloque"));
        mvc.perform(get("/admin/connexion?bloque"))
                .andExpect(content().string(containsString("réessayez dans 15 minutes")));
        attempt(w.admin().email(), PASSWORD, OWNER).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void delaysGrowForAnAccountAndAddressPair() throws Exception {
        String email = w.admin().email();
        exhaustBudget(email, ATTACKER);
        long first = waitSeconds();
        attempt(email, PASSWORD, ATTACKER).andExpect(redirectedUrl("/admin/connexion?bloque"));
        jdbc.sql("update login_throttle set next_at = now() - interval '1 second'")
                .update();
        attempt(email, "encore-faux", ATTACKER).andExpect(redirectedUrl("/admin/connexion?erreur"));
        long second = waitSeconds();
        assertThat(first).isPositive();
        assertThat(second).isGreaterThanOrEqualTo(2 * first - 2);
    }

    @Test
    void anIpv6AttackerRotatingInsideItsSlash64GetsNoFreshBudget() throws Exception {
        String email = w.admin().email();
        exhaustBudget(email, "2001:db8:42:7::1");
        for (String rotated :
                new String[] {"2001:db8:42:7::2", "2001:db8:42:7:ffff:ffff:ffff:ffff", "2001:DB8:42:7:0:0:0:9"}) {
            attempt(email, PASSWORD, rotated).andExpect(redirectedUrl("/admin/connexion?bloque"));
        }
        // The neighbouring /64 is someone else, and IPv4 written as IPv6 is that IPv4 address.
        attempt(email, PASSWORD, "2001:db8:42:8::1").andExpect(redirectedUrl("/admin"));
        String second = secondAdmin();
        exhaustBudget(second, "192.0.2.44");
        attempt(second, PASSWORD, "::ffff:192.0.2.44").andExpect(redirectedUrl("/admin/connexion?bloque"));
    }

    @Test
    void wrongSecondFactorCodesAreCappedPerAccountWhateverTheAddress() throws Exception {
        String email = "agent-code-" + java.util.UUID.randomUUID() + "@exemple.fr";
        long id = users.create(email, "Agent d'essai", "un-mot-de-passe-de-test-2026");
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        jdbc.sql("update staff_user set totp_secret = :secret, totp_confirmed_at = now() where id = :id")
                .param("secret", secret)
                .param("id", id)
                .update();
        String right = SecondFactor.codeAt(secret, java.time.Instant.now());
        String wrong = right.equals("000000") ? "111111" : "000000";
        int wrongCodes = 0;
        // Within every pair budget and every address budget: only a cap on the account stops this.
        for (int a = 0; a < 4; a++) {
            String address = "198.18.0." + (10 + a);
            var session = codePage(email, address);
            for (int i = 0; i < LoginThrottle.PAIR_BUDGET - 1; i++) {
                code(session, wrong, address);
                wrongCodes++;
            }
        }
        var session = codePage(email, "198.18.1.1");
        code(session, right, "198.18.1.1").andExpect(content().string(containsString("Trop de codes erronés")));
        System.out.printf(
                "[login-campaign] %d wrong second-factor codes from 4 addresses: the right code from a fifth refused%n",
                wrongCodes);
        jdbc.sql("delete from login_throttle").update();
        code(codePage(email, "198.18.1.1"), right, "198.18.1.1").andExpect(redirectedUrl("/admin"));
    }

    private jakarta.servlet.http.Cookie codePage(String email, String address) throws Exception {
        return attempt(email, "un-mot-de-passe-de-test-2026", address)
                .andExpect(redirectedUrl("/admin/connexion/code"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
    }

    private ResultActions code(jakarta.servlet.http.Cookie session, String code, String address) throws Exception {
        return mvc.perform(post("/admin/connexion/code")
                .cookie(session)
                .with(csrf())
                .with(r -> remote(r, address))
                .param("code", code));
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
