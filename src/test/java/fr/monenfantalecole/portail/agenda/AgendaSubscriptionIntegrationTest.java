package fr.monenfantalecole.portail.agenda;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A webcal:// link does nothing on Android: the page also gives the address and the steps of common apps (issue 19). */
@PortailTest
class AgendaSubscriptionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TemporaryCollectivites temporary;

    @Test
    void theAddressAndTheStepsForAndroidIphoneAndOutlook() throws Exception {
        var commune = temporary.create("agenda-abonnement", "Commune de l'abonnement");
        try {
            steps();
        } finally {
            temporary.delete(commune);
        }
    }

    private void steps() throws Exception {
        mvc.perform(get("/agenda-abonnement/agenda"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("<code>http://localhost/agenda-abonnement/agenda.ics</code>")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "href=\"https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Flocalhost%2Fagenda-abonnement%2Fagenda.ics\"")))
                .andExpect(content().string(containsString("<summary>Téléphone Android ou Google Agenda</summary>")))
                .andExpect(content().string(containsString("<summary>iPhone ou iPad</summary>")))
                .andExpect(content().string(containsString("<summary>Outlook</summary>")))
                .andExpect(
                        content().string(containsString("href=\"webcal://localhost/agenda-abonnement/agenda.ics\"")));
    }
}
