package fr.monenfantalecole.portail.tenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortailTest
class TenantResolutionIntegrationTest {

    @Autowired
    MockMvc mvc;

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
        mvc.perform(get("/rennes/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mon enfant à l'école à Rennes")))
                .andExpect(content().string(containsString("href=\"/rennes/theme.css?v=")))
                .andExpect(content().string(containsString("href=\"/rennes/ecoles\"")));
    }

    @Test
    void aCustomHostNameServesTheSamePortalWithoutTheSlug() throws Exception {
        mvc.perform(get("/ecoles").with(request -> {
                    request.setServerName("fougeres.localhost");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écoles — Fougères")))
                .andExpect(content().string(containsString("href=\"/ecoles/0350255M\"")))
                .andExpect(content().string(not(containsString("href=\"/fougeres/ecoles"))));
        mvc.perform(get("/").with(request -> {
                    request.setServerName("FOUGERES.localhost");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mon enfant à l'école à Fougères")));
    }

    @Test
    void theBackOfficeStaysTheBackOfficeOnACustomHost() throws Exception {
        mvc.perform(get("/admin/connexion").with(request -> {
                    request.setServerName("fougeres.localhost");
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
        mvc.perform(get("/vitre/nulle-part"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")))
                .andExpect(content().string(containsString("portail de Vitré")));
    }

    @Test
    void theThemeCarriesTheCollectiviteColoursAndAnEtag() throws Exception {
        mvc.perform(get("/saint-malo/theme.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andExpect(content().string(containsString("--couleur-primaire:#004b6e")))
                .andExpect(header().exists("ETag"));
    }

    @Test
    void pagesAreSentWithAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/fougeres/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
