package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.AccountDeletion;
import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.sector.SectorRule;
import fr.monenfantalecole.portail.sector.SectorRules;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The inscription scolaire opened on a test's own {@link World}, for the enrolment tests and the browser
 * walks: {@link #open} gives the world two écoles, the offer the demo gives Fougères (three proofs, every
 * reason) and an école carte scolaire sending the {@link Open#STREET rue des Cartables} to the first one;
 * {@link Open#parent} signs a family up on the world's portal and types its address there, as a parent
 * would; {@link Open#child} adds a child in Mon foyer. Each is made through the owning module's public API
 * or its pages, and removed through {@link World#afterwards} (the rules, then each family's account through
 * {@link AccountDeletion}, which takes its children, requests and proofs along) or with the commune.
 *
 * <p>Beside {@code World}, not in it: the world knows no offer, no carte scolaire rule and no family, and
 * these need the enrolment, sector and family modules (and the test mailbox, for the sign-up's link),
 * which {@code support} does not depend on. A bean of the shared test context, as {@code support.Staff}.
 */
@Component
public class EnrolmentFixture {

    private final Environment environment;
    private final Mailbox mailbox;
    private final Offers offers;
    private final SectorRules rules;
    private final Adults adults;
    private final AccountDeletion deletion;
    private final Choices choices;

    EnrolmentFixture(
            Environment environment,
            Mailbox mailbox,
            Offers offers,
            SectorRules rules,
            Adults adults,
            AccountDeletion deletion,
            Choices choices) {
        this.environment = environment;
        this.mailbox = mailbox;
        this.offers = offers;
        this.rules = rules;
        this.adults = adults;
        this.deletion = deletion;
        this.choices = choices;
    }

    /** Opens the inscription scolaire on the world: its two écoles, the offer, the carte scolaire. */
    public Open open(World w) {
        var sector = w.school("École des Acacias");
        var other = w.school("École du Verger");
        offers.save(
                w.id(),
                new Offers.Offer(
                        List.of(Piece.DOMICILE, Piece.LIVRET_FAMILLE, Piece.VACCINATIONS), List.of(Motif.values())));
        var levels = List.of("maternelle", "elementaire");
        rules.replace(
                w.id(), levels, levels.stream().map(l -> rule(w, l, sector)).toList());
        // The live index forgets the commune's streets before the commune goes (its rules go with it).
        w.afterwards(() -> rules.replace(w.id(), levels, List.of()));
        return new Open(w, sector, other);
    }

    private static SectorRule rule(World w, String niveau, School school) {
        return new SectorRule(
                0,
                niveau,
                w.codeInsee(),
                w.nom(),
                w.codeInsee(),
                null,
                "RUE DES CARTABLES",
                1,
                null,
                9999,
                null,
                "PI",
                school.uai(),
                false);
    }

    /** The school year requests are filed for (the coming one, "2027-2028" in 2026-2027). */
    public String year() {
        return choices.coming();
    }

    public int rentree() {
        return Integer.parseInt(year().substring(0, 4));
    }

    /** A small PNG to upload as a proof from the browser. */
    public static Path image(Path folder, String name) throws Exception {
        Path file = folder.resolve(name);
        ImageIO.write(new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    /** The id of the request a filing redirected to. */
    static long filedId(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        var m = Pattern.compile("/inscriptions/(\\d+)\\?deposee")
                .matcher(answer.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A world where the inscription scolaire is open, with its sector école and another école. */
    public final class Open {

        /** The street of the carte scolaire rule, as a parent types it (any number). */
        public static final String STREET = "rue des Cartables";

        private final World world;
        private final School sector;
        private final School other;

        Open(World world, School sector, School other) {
            this.world = world;
            this.sector = sector;
            this.other = other;
        }

        public World world() {
            return world;
        }

        /** The école the carte scolaire gives the families' address ({@link #STREET}). */
        public School sector() {
            return sector;
        }

        /** The world's other école, last in the lists (a dérogation's choice). */
        public School other() {
            return other;
        }

        /** "/{slug}" + path: a page of the world's portal. */
        public String path(String path) {
            return "/" + world.slug() + path;
        }

        /** A parent named Camille, signed up on the world's portal and living 4 rue des Cartables. */
        public WebClient parent(String email, String nom) throws Exception {
            return parent(email, "Camille", nom);
        }

        public WebClient parent(String email, String prenoms, String nom) throws Exception {
            // The port is known once the server has started, after this bean was made.
            int port = environment.getRequiredProperty("local.server.port", Integer.class);
            var client = Families.signUp(port, mailbox, world.slug(), email, prenoms, nom);
            world.afterwards(() -> adults.credentials(email).ifPresent(a -> deletion.delete(a.id(), "essai")));
            var saved = Families.post(
                    client,
                    path("/mon-espace/foyer/profil"),
                    Map.of(
                            "prenoms",
                            prenoms,
                            "nom",
                            nom,
                            "telephone",
                            "",
                            "adresse",
                            "4 " + STREET,
                            "codePostal",
                            world.codeInsee(),
                            "ville",
                            world.nom(),
                            "contactCourriel",
                            "true"),
                    path("/mon-espace/foyer"));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
            return client;
        }

        public long adultId(String email) {
            return adults.credentials(email).orElseThrow().id();
        }

        /** Adds a child in Mon foyer, born on {@code dayMonth} ("03/04") {@code years} before the rentrée. */
        public long child(WebClient parent, String prenoms, String nom, String dayMonth, int years, String classe)
                throws Exception {
            return Families.addChild(parent, world.slug(), prenoms, nom, dayMonth + "/" + (rentree() - years), classe);
        }

        /** The same child at one of the world's écoles this year, as the parent chooses it in Mon foyer. */
        public long child(
                WebClient parent, String prenoms, String nom, String dayMonth, int years, String classe, School at)
                throws Exception {
            var added = Families.post(
                    parent,
                    path("/mon-espace/enfants"),
                    Map.of(
                            "prenoms",
                            prenoms,
                            "nom",
                            nom,
                            "dateNaissance",
                            dayMonth + "/" + (rentree() - years),
                            "sexe",
                            "F",
                            "uai",
                            at.uai(),
                            "niveau",
                            classe),
                    path("/mon-espace/enfants/nouveau"));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
            var m = Pattern.compile("/mon-espace/enfants/(\\d+)\">" + Pattern.quote(prenoms + " " + nom))
                    .matcher(parent.get(path("/mon-espace/foyer")).body());
            assertThat(m.find()).isTrue();
            return Long.parseLong(m.group(1));
        }

        /** Step 2 of a request, posted with these fields and files. */
        HttpResponse<String> file(WebClient client, Map<String, String> fields, Map<String, WebClient.Upload> files)
                throws Exception {
            String csrf = client.csrf(path("/mon-espace/inscriptions/nouvelle?enfant=" + fields.get("enfant")
                    + "&annee=" + fields.get("annee") + "&niveau=" + fields.get("niveau")));
            return client.postFiles(path("/mon-espace/inscriptions"), new HashMap<>(fields), files, csrf);
        }

        /** Files a request for the coming year at the sector école with the three proofs of the offer. */
        long filedAtSector(WebClient client, long child, String niveau) throws Exception {
            return filedId(file(
                    client,
                    Map.of("enfant", String.valueOf(child), "annee", year(), "niveau", niveau, "choix", "secteur"),
                    TestFiles.allProofs()));
        }
    }
}
