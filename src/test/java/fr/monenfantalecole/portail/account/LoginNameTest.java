package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginNameTest {

    @Test
    void blanksCaseAndCompatibilityFormsGiveOneLogin() {
        assertThat(LoginName.normalise("  Admin@Rennes.DEMO\u00a0")).contains("admin@rennes.demo");
        assertThat(LoginName.normalise("\uff41dmin@rennes.demo")).contains("admin@rennes.demo");
    }

    @Test
    void onlyAsciiLettersAreLowerCasedSoNoLocaleDecides() {
        assertThat(LoginName.normalise("ADM\u0130N@x.fr")).contains("adm\u0130n@x.fr");
        assertThat(LoginName.normalise("adm\u0131n@x.fr")).contains("adm\u0131n@x.fr");
    }

    @Test
    void invisibleCharactersAreRefusedNotDropped() {
        for (String typed : new String[] {
            "admin@x.fr\u0001", "admin@x.fr\u0000", "ad\u200bmin@x.fr", "admin@x.fr\u2028", "admin\u007f@x.fr"
        }) {
            assertThat(LoginName.normalise(typed)).as(typed).isEmpty();
        }
        assertThat(LoginName.visible("admin@x.fr\u0001\u0002")).isEqualTo("admin@x.fr");
    }
}
