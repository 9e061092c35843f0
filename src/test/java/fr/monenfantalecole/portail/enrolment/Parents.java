package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A Fougères parent living allée Charles VIII (sector école 0350256N), and their requests. */
final class Parents {

    static final String SECTOR_SCHOOL = "0350256N";

    private Parents() {}

    static WebClient fougeres(int port, Mailbox mailbox, JdbcClient jdbc, String email, String nom) throws Exception {
        var client = Families.signUp(port, mailbox, "fougeres", email, "Camille", nom);
        jdbc.sql("update famille_adulte set adresse = '4 allée Charles VIII', code_postal = '35300', ville = 'Fougères'"
                        + " where email = :e")
                .param("e", email)
                .update();
        return client;
    }

    static HttpResponse<String> file(WebClient client, Map<String, String> fields, Map<String, WebClient.Upload> files)
            throws Exception {
        String csrf = client.csrf("/fougeres/mon-espace/inscriptions/nouvelle?enfant=" + fields.get("enfant")
                + "&annee=" + fields.get("annee") + "&niveau=" + fields.get("niveau"));
        return client.postFiles("/fougeres/mon-espace/inscriptions", fields, files, csrf);
    }

    /** Files a request for the sector school with the three proofs Fougères requires; returns its id. */
    static long filedAtSector(WebClient client, long child, String year, String niveau) throws Exception {
        return filedId(file(
                client,
                Map.of("enfant", String.valueOf(child), "annee", year, "niveau", niveau, "choix", "secteur"),
                TestFiles.allProofs()));
    }

    /** The id of the request a filing redirected to. */
    static long filedId(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        var m = Pattern.compile("/inscriptions/(\\d+)\\?deposee")
                .matcher(answer.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
