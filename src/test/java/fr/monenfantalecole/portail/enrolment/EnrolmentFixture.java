package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.WebClient;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fougères parents living allée Charles VIII (sector école 0350256N), their children and the requests
 * they file, for the enrolment tests and the browser walks (a bean of the shared test context, like
 * {@code support.Staff}).
 */
@Component
public class EnrolmentFixture {

    /** The sector école of 4 allée Charles VIII, whose demo director has an account. */
    public static final String SECTOR_SCHOOL = "0350256N";

    private final Environment environment;
    private final Mailbox mailbox;
    private final JdbcClient jdbc;
    private final Choices choices;

    EnrolmentFixture(Environment environment, Mailbox mailbox, JdbcClient jdbc, Choices choices) {
        this.environment = environment;
        this.mailbox = mailbox;
        this.jdbc = jdbc;
        this.choices = choices;
    }

    /** A Fougères parent named Camille, signed up and living allée Charles VIII. */
    public WebClient parent(String email, String nom) throws Exception {
        return parent(email, "Camille", nom);
    }

    public WebClient parent(String email, String prenoms, String nom) throws Exception {
        // The port is known once the server has started, after this bean was made.
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        var client = Families.signUp(port, mailbox, "fougeres", email, prenoms, nom);
        jdbc.sql("update famille_adulte set adresse = '4 allée Charles VIII', code_postal = '35300', ville = 'Fougères'"
                        + " where email = :e")
                .param("e", email)
                .update();
        return client;
    }

    public long adultId(String email) {
        return jdbc.sql("select id from famille_adulte where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** The school year requests are filed for, "2027-2028". */
    public String year() {
        return choices.coming();
    }

    public int rentree() {
        return Integer.parseInt(year().substring(0, 4));
    }

    /** Adds a child in Mon foyer, born on {@code dayMonth} ("03/04") {@code years} before the rentrée. */
    public long child(WebClient parent, String prenoms, String nom, String dayMonth, int years, String classe)
            throws Exception {
        return Families.addChild(parent, "fougeres", prenoms, nom, dayMonth + "/" + (rentree() - years), classe);
    }

    static HttpResponse<String> file(WebClient client, Map<String, String> fields, Map<String, WebClient.Upload> files)
            throws Exception {
        String csrf = client.csrf("/fougeres/mon-espace/inscriptions/nouvelle?enfant=" + fields.get("enfant")
                + "&annee=" + fields.get("annee") + "&niveau=" + fields.get("niveau"));
        return client.postFiles("/fougeres/mon-espace/inscriptions", fields, files, csrf);
    }

    /** Files a request for the coming year at the sector school with the three proofs Fougères requires. */
    long filedAtSector(WebClient client, long child, String niveau) throws Exception {
        return filedId(file(
                client,
                Map.of("enfant", String.valueOf(child), "annee", year(), "niveau", niveau, "choix", "secteur"),
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

    /** A small PNG to upload as a proof from the browser. */
    public static Path image(Path folder, String name) throws Exception {
        Path file = folder.resolve(name);
        ImageIO.write(new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
