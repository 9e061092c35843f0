package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PageClassifierTest {

    static List<PageClassifier.Counted> get(String chemin, Map<String, String> params, @Nullable String referer) {
        return PageClassifier.classify(new PageClassifier.Response(
                "GET",
                chemin,
                200,
                "text/html;charset=UTF-8",
                params::get,
                params.containsKey("q") ? 0 : null,
                referer));
    }

    @Test
    void aFicheIsCountedByItsReferenceAndASchoolByItsUai() {
        assertThat(get("/questions/cantine/can-001", Map.of(), null))
                .containsExactly(new PageClassifier.Counted(PageKind.FICHE, "CAN-001", null));
        assertThat(get("/ecoles/0351234a", Map.of(), null))
                .containsExactly(new PageClassifier.Counted(PageKind.ECOLE, "0351234A", null));
        assertThat(get("/", Map.of(), null))
                .extracting(PageClassifier.Counted::kind)
                .containsExactly(PageKind.ACCUEIL);
    }

    @Test
    void aLookupIsCountedWithoutWhatWasTyped() {
        assertThat(get("/services/carte-scolaire", Map.of("adresse", "3 rue des Lilas"), null))
                .containsExactly(new PageClassifier.Counted(PageKind.CARTE_SCOLAIRE, "", null));
        var quotient = PageClassifier.classify(new PageClassifier.Response(
                "POST", "/services/quotient-familial", 200, "text/html", p -> "1234", null, null));
        assertThat(quotient).containsExactly(new PageClassifier.Counted(PageKind.QUOTIENT, "", null));
    }

    @Test
    void aSearchIsCountedUnderItsNormalisedQueryAndAPageOpenedFromItCountsAClick() {
        assertThat(get("/recherche", Map.of("q", "  Cantine : Tarifs ?"), null))
                .containsExactly(new PageClassifier.Counted(PageKind.RECHERCHE, "cantine tarifs", 0));
        assertThat(get(
                        "/questions/cantine/CAN-001",
                        Map.of(),
                        "http://localhost/fougeres/recherche?q=Cantine+%C3%A9t%C3%A9"))
                .extracting(PageClassifier.Counted::kind, PageClassifier.Counted::cible)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PageKind.FICHE, "CAN-001"),
                        org.assertj.core.groups.Tuple.tuple(PageKind.CLIC_RECHERCHE, "cantine ete"));
    }

    @Test
    void imagesFeedsErrorsAndFailedSignInsAreNotPages() {
        assertThat(PageClassifier.classify(
                        new PageClassifier.Response("GET", "/logo", 200, "image/png", p -> null, null, null)))
                .isEmpty();
        assertThat(PageClassifier.classify(
                        new PageClassifier.Response("GET", "/questions/x/y", 404, "text/html", p -> null, null, null)))
                .isEmpty();
        assertThat(PageClassifier.classify(new PageClassifier.Response(
                        "POST", "/compte/connexion", 200, "text/html", p -> null, null, null)))
                .isEmpty();
        assertThat(PageClassifier.classify(
                        new PageClassifier.Response("POST", "/compte/connexion", 302, null, p -> null, null, null)))
                .extracting(PageClassifier.Counted::kind)
                .containsExactly(PageKind.CONNEXION_FAMILLE);
    }

    @Test
    void robotsAndCommandLineClientsAreNotVisitors() {
        assertThat(Device.isBrowser("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .isFalse();
        assertThat(Device.isBrowser("curl/8.5.0")).isFalse();
        assertThat(Device.isBrowser(null)).isFalse();
        String phone = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36";
        assertThat(Device.isBrowser(phone)).isTrue();
        assertThat(Device.of(phone)).isEqualTo(Device.MOBILE);
        assertThat(Device.of("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")).isEqualTo(Device.ORDINATEUR);
    }
}
