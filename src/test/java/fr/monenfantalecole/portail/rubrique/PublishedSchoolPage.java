package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.shared.PdfCheckTest;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import java.io.IOException;
import org.springframework.context.ApplicationContext;

/**
 * A school page with validated content, as the demo's first école has one, on a test's own {@link World}:
 * the commune chooses the suggested rubriques, the école's director writes five of them and the
 * commune's agent validates them, the "Règlement intérieur" with a PDF. For a test of another module
 * that reads school pages (the JSON API, the public page); a test of the workflow itself drives it
 * through the pages ({@code TestSchoolPages}). Removed with the world (the rubriques are the commune's,
 * the versions name the école's UAI, which the world removes after the commune).
 */
public final class PublishedSchoolPage {

    /** The identity rubrique's text: the page shows it inside the identity block. */
    public static final String IDENTITY = """
            L'école accueille les enfants **de la petite section au CM2** dans le quartier de la gare.
            Les classes sont à double niveau en élémentaire.
            """;

    /** The contacts rubrique's phone numbers: the school's own, and the mairie's service. */
    public static final String SCHOOL_PHONE = "02 99 00 24 58";

    public static final String MAIRIE_PHONE = "02 99 00 88 88";

    private PublishedSchoolPage() {}

    /** Publishes the school's page and returns the school. */
    public static School publish(ApplicationContext context, World w, School school) throws IOException {
        var rubriques = context.getBean(Rubriques.class);
        var contents = context.getBean(RubriqueContents.class);
        rubriques.chooseSuggested(w.id());
        long director = w.director(school).id();
        long agent = w.agent().id();
        publish(contents, titled(rubriques, w, "Fiche d'identité"), school, director, agent, IDENTITY);
        publish(contents, titled(rubriques, w, "Horaires d'accueil"), school, director, agent, """
                - **Lundi, mardi, jeudi, vendredi** : 8 h 30 – 11 h 45 et 13 h 30 – 16 h 15
                - **Mercredi** : pas de classe
                """);
        var reglement = titled(rubriques, w, "Règlement intérieur");
        context.getBean(RubriqueDocuments.class)
                .attach(reglement.id(), school.uai(), "Règlement intérieur.pdf", PdfCheckTest.pdf(d -> {}), director);
        publish(contents, reglement, school, director, agent, """
                Le règlement intérieur est voté chaque année par le conseil d'école. Vous le trouverez ci-dessous.
                """);
        publish(contents, titled(rubriques, w, "Restauration scolaire"), school, director, agent, """
                Les enfants déjeunent au **restaurant scolaire** de l'école, géré par la ville.
                """);
        publish(contents, titled(rubriques, w, "Contacts"), school, director, agent, """
                - École : %s (répondeur le mercredi)
                - Mairie, service Éducation : %s
                """.formatted(
                        SCHOOL_PHONE, MAIRIE_PHONE));
        return school;
    }

    private static void publish(
            RubriqueContents contents, Rubrique rubrique, School school, long director, long agent, String text) {
        long id = contents.submit(rubrique.id(), school.uai(), text.strip(), director);
        contents.publish(id, agent, null);
    }

    private static Rubrique titled(Rubriques rubriques, World w, String titre) {
        return rubriques.own(w.id()).stream()
                .filter(r -> r.titre().equals(titre))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("rubrique suggérée absente : " + titre));
    }
}
