package fr.monenfantalecole.portail.browser;

import fr.monenfantalecole.portail.rubrique.LocalStructure;
import fr.monenfantalecole.portail.rubrique.Rubrique;
import fr.monenfantalecole.portail.rubrique.RubriqueContents;
import fr.monenfantalecole.portail.rubrique.RubriqueDocuments;
import fr.monenfantalecole.portail.rubrique.Rubriques;
import fr.monenfantalecole.portail.rubrique.SchoolPages;
import fr.monenfantalecole.portail.rubrique.UpdateRequests;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The school pages of a test's own {@link World}, in the three states a walk goes through, made through the
 * rubrique module's API as a director and the mairie would: the suggested rubriques chosen; a first école
 * whose "Horaires d'accueil" and "Règlement intérieur" (with its PDF) are validated; a second whose
 * "Horaires d'accueil" is validated and a new text waits for the mairie; a third whose director has an open
 * update request; and a local structure, a centre de loisirs. The world's admin validates; each école's
 * director is the world's. All of it is the commune's and goes with the world.
 */
@Component
class OwnSchoolPages {

    static final String CENTRE = "Centre de loisirs des Essais";
    static final String REQUEST = "Merci de mettre à jour les horaires avant la rentrée.";
    static final String DOCUMENT = "Règlement intérieur 2026-2027.pdf";

    private final Rubriques rubriques;
    private final RubriqueContents contents;
    private final RubriqueDocuments documents;
    private final SchoolPages pages;
    private final UpdateRequests requests;
    private final Clock clock;

    OwnSchoolPages(
            Rubriques rubriques,
            RubriqueContents contents,
            RubriqueDocuments documents,
            SchoolPages pages,
            UpdateRequests requests,
            Clock clock) {
        this.rubriques = rubriques;
        this.contents = contents;
        this.documents = documents;
        this.pages = pages;
        this.requests = requests;
        this.clock = clock;
    }

    /** The three écoles: {@code published} validated, {@code submitted} waiting, {@code requested} asked. */
    record Schools(School published, School submitted, School requested) {}

    Schools create(World w) {
        var schools = new Schools(
                w.school("École publique Les Bleuets"),
                w.school("École publique Les Tilleuls"),
                w.school("École publique Les Lilas"));
        rubriques.chooseSuggested(w.id());
        long mairie = w.admin().id();
        long first = w.director(schools.published()).id();
        publish(titled(w, "Horaires d'accueil"), schools.published(), first, mairie, """
                - **Lundi, mardi, jeudi, vendredi** : 8 h 30 – 11 h 45 et 13 h 30 – 16 h 15
                - **Mercredi** : pas de classe

                Le portail ouvre **10 minutes avant** le début de la classe.""");
        var reglement = titled(w, "Règlement intérieur");
        publish(
                reglement,
                schools.published(),
                first,
                mairie,
                "Le règlement intérieur est voté par le conseil d'école.");
        documents.attach(
                reglement.id(),
                schools.published().uai(),
                DOCUMENT,
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                first);
        String uai = schools.published().uai();
        contents.submit(
                reglement.id(),
                uai,
                contents.working(reglement.id(), uai).orElseThrow().texte(),
                first);
        contents.publish(contents.working(reglement.id(), uai).orElseThrow().id(), mairie, null);

        long second = w.director(schools.submitted()).id();
        var horaires = titled(w, "Horaires d'accueil");
        publish(horaires, schools.submitted(), second, mairie, "Classe de 8 h 45 à 12 h et de 13 h 45 à 16 h 30.");
        contents.submit(
                horaires.id(),
                schools.submitted().uai(),
                "Classe de **8 h 40 à 11 h 55** et de 13 h 40 à 16 h 25.",
                second);

        w.director(schools.requested());
        var c = w.collectivite();
        var page = pages.find(c, schools.requested().uai()).orElseThrow();
        requests.request(c, page, horaires, REQUEST, LocalDate.now(clock).plusDays(20), mairie);

        pages.addLocalStructure(
                w.id(), CENTRE, LocalStructure.Nature.CENTRE_LOISIRS, "Rue des Essais, 99300 " + w.nom(), 48.35, -1.2);
        return schools;
    }

    private Rubrique titled(World w, String titre) {
        return rubriques.own(w.id()).stream()
                .filter(r -> r.titre().equals(titre))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("rubrique suggérée absente : " + titre));
    }

    private void publish(Rubrique rubrique, School school, long director, long mairie, String text) {
        long version = contents.submit(rubrique.id(), school.uai(), text, director);
        contents.publish(version, mairie, null);
    }
}
