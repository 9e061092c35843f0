package fr.monenfantalecole.portail.tenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortailTest
class TenantResolutionIntegrationTest {

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Test
    void theFrontPageListsTheDemoCollectivites() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/fougeres/\"")))
                .andExpect(content().string(containsString("Fougères Agglomération")))
                .andExpect(content().string(containsString("Département d'Ille-et-Vilaine")))
                .andExpect(content().string(containsString("Saint-Malo")));
    }

    @Test
    void theFirstPathSegmentChoosesTheCollectivite() throws Exception {
        mvc.perform(get("/" + w.slug() + "/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mon enfant à l'école à " + w.nom())))
                .andExpect(content().string(containsString("href=\"/" + w.slug() + "/theme.css?v=")))
                .andExpect(content().string(containsString("href=\"/" + w.slug() + "/ecoles\"")));
    }

    @Test
    void aCustomHostNameServesTheSamePortalWithoutTheSlug() throws Exception {
        String school = w.school("École du Bourg").uai();
        collectivites.addHost(w.id(), w.slug() + ".localhost");
        mvc.perform(get("/ecoles").with(request -> {
                    request.setServerName(w.slug() + ".localhost");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écoles — " + w.nom())))
                .andExpect(content().string(containsString("href=\"/ecoles/" + school + "\"")))
                .andExpect(content().string(not(containsString("href=\"/" + w.slug() + "/ecoles"))));
        mvc.perform(get("/").with(request -> {
                    request.setServerName(w.slug().toUpperCase(java.util.Locale.ROOT) + ".localhost");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mon enfant à l'école à " + w.nom())));
    }

    @Test
    void theBackOfficeStaysTheBackOfficeOnACustomHost() throws Exception {
        collectivites.addHost(w.id(), w.slug() + ".localhost");
        mvc.perform(get("/admin/connexion").with(request -> {
                    request.setServerName(w.slug() + ".localhost");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Connexion à l'espace des collectivités")));
    }

    @Test
    void anUnknownCollectiviteGetsAProperNotFoundPage() throws Exception {
        mvc.perform(get("/atlantis/"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Page introuvable")))
                .andExpect(content().string(containsString("Aucune collectivité")));
        mvc.perform(get("/atlantis/ecoles")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPageOfAKnownCollectiviteStaysInItsPortal() throws Exception {
        mvc.perform(get("/" + w.slug() + "/nulle-part"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")))
                .andExpect(content().string(containsString("portail de " + w.nom())));
    }

    @Test
    void theThemeCarriesTheCollectiviteColoursAndAnEtag() throws Exception {
        collectivites.updateColours(w.id(), "#004b6e", "#6b3a00");
        mvc.perform(get("/" + w.slug() + "/theme.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andExpect(content().string(containsString("--couleur-primaire:#004b6e")))
                .andExpect(header().exists("ETag"));
    }

    @Test
    void pagesAreSentWithAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/" + w.slug() + "/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
