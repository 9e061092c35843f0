package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Two national dossiers and a few local news items, dated around today, for the demo. */
@Component
class DemoNews {

    private final Actualites actualites;
    private final Collectivites collectivites;
    private final Clock clock;

    DemoNews(Actualites actualites, Collectivites collectivites, Clock clock) {
        this.actualites = actualites;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    void load() {
        var today = LocalDate.now(clock);
        actualites.create(
                null,
                "Préparer la rentrée : les démarches à ne pas oublier",
                "Inscription, cantine, garderie, assurance, fournitures : la liste des démarches pour une rentrée sereine.",
                """
                La rentrée se prépare quelques semaines à l'avance. Voici les démarches à vérifier :

                - **l'inscription à l'école** auprès de la mairie, si votre enfant entre à l'école ou change de commune ;
                - **la cantine et l'accueil périscolaire** : l'inscription se fait souvent avant l'été, sur le portail famille de votre commune ;
                - **l'assurance scolaire** : elle est vivement conseillée, et demandée pour les sorties facultatives ;
                - **les fournitures** : l'école donne sa liste à la rentrée ou à la fin de l'année précédente.

                Retrouvez le détail de chaque démarche dans les questions-réponses de votre collectivité.
                """,
                today.minusDays(20),
                null);
        actualites.create(
                null,
                "Harcèlement à l'école : à qui en parler",
                "Votre enfant est moqué, isolé ou menacé, à l'école ou sur les réseaux ? Des personnes peuvent vous aider.",
                """
                Le harcèlement, ce sont des violences répétées : moqueries, insultes, mise à l'écart, coups, messages.

                ### Qui contacter

                - l'enseignant ou le directeur de l'école, le professeur principal ou le CPE au collège ;
                - le **3018**, numéro national gratuit et anonyme contre le harcèlement et le cyberharcèlement ;
                - le **119** (Allô Enfance en danger) si votre enfant est en danger.

                Gardez les preuves (captures d'écran, messages) et parlez-en vite : des solutions existent.
                """,
                today.minusDays(8),
                null);
        collectivites
                .findBySlug("fougeres")
                .ifPresent(c -> actualites.create(
                        c.id(),
                        "Inscriptions scolaires : pensez-y dès maintenant",
                        "Votre enfant entre en petite section ou arrive à Fougères ? L'inscription se fait au Guichet Famille ou en ligne.",
                        """
                Les inscriptions pour la rentrée de septembre se font au **Guichet Famille** de l'Hôtel de ville ou en
                ligne sur le portail famille.

                Munissez-vous du livret de famille, d'une pièce d'identité et d'un justificatif de domicile. Le
                certificat d'inscription vous indique l'école de votre enfant ; prenez ensuite rendez-vous avec la
                directrice ou le directeur.
                """,
                        today.minusDays(3),
                        null));
        collectivites
                .findBySlug("rennes")
                .ifPresent(c -> actualites.create(
                        c.id(),
                        "Menus des restaurants scolaires : une semaine végétarienne sur deux",
                        "Les menus de la restauration scolaire rennaise proposent désormais davantage de repas sans viande.",
                        """
                Les menus sont publiés chaque mois sur le portail famille. Un repas végétarien est servi au moins une
                fois par semaine, comme le prévoit la loi, et un menu alternatif sans viande est possible sur demande.
                """,
                        today.minusDays(12),
                        null));
    }
}
