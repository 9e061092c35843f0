package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.rubrique.LocalStructure;
import fr.monenfantalecole.portail.rubrique.Rubrique;
import fr.monenfantalecole.portail.rubrique.RubriqueContents;
import fr.monenfantalecole.portail.rubrique.RubriqueDocuments;
import fr.monenfantalecole.portail.rubrique.Rubriques;
import fr.monenfantalecole.portail.rubrique.SchoolPages;
import fr.monenfantalecole.portail.rubrique.UpdateRequests;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Fougères chooses the suggested rubriques; three real schools get a director account; one page
 * is validated (with its règlement intérieur in PDF), one submission waits for the mairie, one
 * update request is open. The texts are made up for the demonstration.
 */
@Component
class DemoSchoolPages {

    static final String PASSWORD = "demo-directeur-2026";
    static final String AGENT_EMAIL = "agent.ecoles@fougeres.demo";
    static final String AGENT_PASSWORD = "demo-agent-fougeres-2026";

    /** The three demo schools of Fougères (UAI, name as the Annuaire spells it). */
    static final List<String[]> SCHOOLS =
            List.of(new String[] {"0350256N", "Odile Gautry"}, new String[] {"0351861H", "Du Guesclin"}, new String[] {
                "0350255M", "la Madeleine"
            });

    private final Collectivites collectivites;
    private final Rubriques rubriques;
    private final RubriqueContents contents;
    private final RubriqueDocuments documents;
    private final SchoolPages establishments;
    private final UpdateRequests requests;
    private final StaffUsers users;
    private final Clock clock;

    DemoSchoolPages(
            Collectivites collectivites,
            Rubriques rubriques,
            RubriqueContents contents,
            RubriqueDocuments documents,
            SchoolPages establishments,
            UpdateRequests requests,
            StaffUsers users,
            Clock clock) {
        this.clock = clock;
        this.collectivites = collectivites;
        this.rubriques = rubriques;
        this.contents = contents;
        this.documents = documents;
        this.establishments = establishments;
        this.requests = requests;
        this.users = users;
    }

    static String email(String uai) {
        return "directeur." + uai.toLowerCase(java.util.Locale.ROOT) + "@fougeres.demo";
    }

    boolean loaded() {
        return collectivites
                .findBySlug("fougeres")
                .map(c -> !rubriques.own(c.id()).isEmpty())
                .orElse(true);
    }

    void load() {
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        long agent = users.idOf(DemoData.adminEmail("fougeres")).orElseThrow();
        rubriques.chooseSuggested(fougeres.id());
        long schoolAgent = users.create(AGENT_EMAIL, "Service Éducation de Fougères", AGENT_PASSWORD);
        users.grant(schoolAgent, Role.COLLECTIVITE_AGENT, fougeres.id());
        Map<String, Rubrique> byTitle = new java.util.HashMap<>();
        rubriques.own(fougeres.id()).forEach(r -> byTitle.put(r.titre(), r));
        List<Long> directors = new ArrayList<>();
        for (String[] school : SCHOOLS) {
            long id = users.create(email(school[0]), "Direction de l'école " + school[1], PASSWORD);
            users.grantDirector(id, fougeres.id(), school[0]);
            directors.add(id);
        }

        String gautry = SCHOOLS.get(0)[0];
        long d0 = directors.get(0);
        publish(titled(byTitle, "Fiche d'identité"), gautry, d0, agent, """
                L'école Odile Gautry accueille les enfants **de la petite section au CM2** dans le quartier de la
                gare. Les classes sont à double niveau en élémentaire.

                - 4 classes de maternelle, 6 classes d'élémentaire
                - une salle de motricité et une bibliothèque d'école
                """);
        publish(titled(byTitle, "Horaires d'accueil"), gautry, d0, agent, """
                - **Lundi, mardi, jeudi, vendredi** : 8 h 30 – 11 h 45 et 13 h 30 – 16 h 15
                - **Mercredi** : pas de classe

                Le portail ouvre **10 minutes avant** le début de la classe. La directrice reçoit sur rendez-vous
                le mardi (jour de décharge).
                """);
        publish(titled(byTitle, "Règlement intérieur"), gautry, d0, agent, """
                Le règlement intérieur est voté chaque année par le conseil d'école. Il précise les horaires, les
                absences, la sécurité et les règles de vie. Vous le trouverez ci-dessous ; il est aussi remis aux
                familles à la rentrée.
                """);
        documents.attach(
                titled(byTitle, "Règlement intérieur").id(),
                gautry,
                "Règlement intérieur 2025-2026.pdf",
                pdf("Reglement interieur - ecole Odile Gautry (document de demonstration)"),
                d0);
        contents.submit(
                titled(byTitle, "Règlement intérieur").id(),
                gautry,
                contents.working(titled(byTitle, "Règlement intérieur").id(), gautry)
                        .orElseThrow()
                        .texte(),
                d0);
        contents.publish(
                contents.working(titled(byTitle, "Règlement intérieur").id(), gautry)
                        .orElseThrow()
                        .id(),
                agent,
                null);
        publish(titled(byTitle, "Restauration scolaire"), gautry, d0, agent, """
                Les enfants déjeunent au **restaurant scolaire** de l'école, géré par la ville. L'inscription se fait
                au Guichet Famille ; les menus sont affichés à l'entrée chaque lundi.

                Allergie ou régime médical : un PAI est mis en place avec le médecin scolaire.
                """);
        publish(titled(byTitle, "Contacts"), gautry, d0, agent, """
                - École : 02 99 94 24 58 (répondeur le mercredi)
                - Mairie, service Éducation : 02 99 94 88 88
                - Association de parents d'élèves : par la boîte aux lettres à l'entrée
                """);

        String guesclin = SCHOOLS.get(1)[0];
        long d1 = directors.get(1);
        publish(titled(byTitle, "Horaires d'accueil"), guesclin, d1, agent, """
                Classe de 8 h 45 à 12 h et de 13 h 45 à 16 h 30, les lundis, mardis, jeudis et vendredis.
                """);
        contents.submit(titled(byTitle, "Horaires d'accueil").id(), guesclin, """
                Classe de **8 h 40 à 11 h 55** et de **13 h 40 à 16 h 25**, les lundis, mardis, jeudis et vendredis.

                Nouveau à la rentrée : ouverture du portail dès 8 h 30 pour l'accueil en classe.
                """, d1);

        String madeleine = SCHOOLS.get(2)[0];
        var today = LocalDate.now(clock);
        establishments
                .find(fougeres, madeleine)
                .ifPresent(e -> requests.request(
                        fougeres,
                        e,
                        titled(byTitle, "Horaires d'accueil"),
                        "Merci de mettre à jour les horaires avant la rentrée.",
                        today.plusDays(20),
                        agent));

        establishments.addLocalStructure(
                fougeres.id(),
                "Centre de loisirs de la Chattière",
                LocalStructure.Nature.CENTRE_LOISIRS,
                "Rue de la Chattière, 35300 Fougères",
                48.3465,
                -1.1880);
    }

    /** A rubrique the demo writes in: one of the suggested ones, chosen just before. */
    private static Rubrique titled(Map<String, Rubrique> byTitle, String title) {
        return Objects.requireNonNull(byTitle.get(title), () -> "rubrique suggérée absente : " + title);
    }

    private long publish(Rubrique rubrique, String uai, long director, long agent, String text) {
        long id = contents.submit(rubrique.id(), uai, text.strip(), director);
        contents.publish(id, agent, null);
        return id;
    }

    /** A one-page PDF with a line of text, with a correct cross-reference table. */
    static byte[] pdf(String line) {
        String text = line.replaceAll("[()\\\\]", "");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        String stream = "BT /F1 14 Tf 60 780 Td (" + text + ") Tj ET";
        objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xref = out.size();
        var table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append("%010d 00000 n \n".formatted(o)));
        write(
                out,
                table + "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
