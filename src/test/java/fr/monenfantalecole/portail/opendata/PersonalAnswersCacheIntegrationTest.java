package fr.monenfantalecole.portail.opendata;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An answer computed from a family's income or address is kept by no shared cache; open data still is. */
@PortailTest
class PersonalAnswersCacheIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TemporaryCollectivites temporary;

    @Test
    void incomesAndAddressesAreNeitherSharedNorStored() throws Exception {
        var commune = temporary.create("cache-personnel", "Commune des réponses personnelles");
        try {
            personalAnswers();
        } finally {
            temporary.delete(commune);
        }
    }

    private void personalAnswers() throws Exception {
        for (String path : List.of(
                "/api/v1/cache-personnel/quotient-familial?revenus=32000&prestations=150&enfants=2",
                "/api/v1/cache-personnel/tarifs?qf=612",
                "/api/v1/cache-personnel/carte-scolaire?adresse=12%20rue%20de%20la%20Pinterie",
                "/api/v1/cache-personnel/carte-scolaire?lat=48.35&lon=-1.2",
                "/api/v1/cache-personnel/carte-scolaire/voies?q=rue%20de%20la")) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "private, no-store"));
        }
    }

    @Test
    void openDataStaysCacheable() throws Exception {
        var commune = temporary.create("cache-public", "Commune des données ouvertes");
        try {
            openData();
        } finally {
            temporary.delete(commune);
        }
    }

    private void openData() throws Exception {
        for (String path : List.of(
                "/api/v1/cache-public/fiches", "/api/v1/cache-public/actualites", "/cache-public/actualites.rss")) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "public, no-cache"));
        }
    }
}
