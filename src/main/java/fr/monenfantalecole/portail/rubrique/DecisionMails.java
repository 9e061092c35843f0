package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.tenant.Collectivite;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Tells an establishment's directors what the mairie decided about a submitted rubrique. */
@Service
class DecisionMails {

    private final Outbox outbox;
    private final StaffUsers users;
    private final String publicUrl;

    DecisionMails(
            Outbox outbox, StaffUsers users, @Value("${portail.url-publique:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.users = users;
        this.publicUrl = publicUrl;
    }

    void published(
            Collectivite collectivite, SchoolPage etablissement, Rubrique rubrique, @Nullable String commentaire) {
        for (var d : users.directorsOf(collectivite.id(), etablissement.key())) {
            outbox.send(
                    collectivite.id(),
                    d.email(),
                    "Publiée : « " + rubrique.titre() + " » — " + etablissement.nom(),
                    """
                    Bonjour,

                    %s a validé la rubrique « %s » : elle est publiée sur la page %s.
                    %s
                    La page : %s/%s%s

                    — %s
                    """.formatted(
                                    collectivite.nom(),
                                    rubrique.titre(),
                                    SchoolNames.de(etablissement.nom()),
                                    commentaire == null ? "" : "\nCommentaire de la mairie : « " + commentaire + " »\n",
                                    publicUrl,
                                    collectivite.slug(),
                                    etablissement.publicPath(),
                                    collectivite.nom()));
        }
    }

    void returned(Collectivite collectivite, SchoolPage etablissement, Rubrique rubrique, String commentaire) {
        for (var d : users.directorsOf(collectivite.id(), etablissement.key())) {
            outbox.send(
                    collectivite.id(),
                    d.email(),
                    "À reprendre : « " + rubrique.titre() + " » — " + etablissement.nom(),
                    """
                    Bonjour,

                    %s vous renvoie la rubrique « %s » avant de la publier :

                    « %s »

                    Votre texte est gardé en brouillon : %s/admin/mes-etablissements/%s/rubriques/%d

                    — %s
                    """.formatted(
                                    collectivite.nom(),
                                    rubrique.titre(),
                                    commentaire,
                                    publicUrl,
                                    etablissement.key(),
                                    rubrique.id(),
                                    collectivite.nom()));
        }
    }
}
