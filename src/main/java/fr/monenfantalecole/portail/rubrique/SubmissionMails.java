package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.tenant.Collectivite;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Tells the mairie that a director sent a rubrique for validation, so that it does not wait unseen. */
@Service
class SubmissionMails {

    private final Outbox outbox;
    private final StaffUsers users;
    private final String publicUrl;

    SubmissionMails(
            Outbox outbox, StaffUsers users, @Value("${portail.url-publique:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.users = users;
        this.publicUrl = publicUrl;
    }

    public void submitted(Collectivite collectivite, SchoolPage etablissement, Rubrique rubrique, String director) {
        for (var agent : users.schoolPagesAgentsOf(collectivite.id())) {
            outbox.send(
                    collectivite.id(),
                    agent.email(),
                    "À valider : « " + rubrique.titre() + " » — " + SchoolNames.typographic(etablissement.nom()),
                    """
                    Bonjour,

                    %s a envoyé la rubrique « %s » de la page %s : elle attend votre validation avant d'être publiée.

                    Relire, valider ou renvoyer avec un commentaire :
                    %s/admin/%s/pages-ecoles/%s/rubriques/%d

                    — Mon enfant à l'école
                    """.formatted(
                                    director,
                                    rubrique.titre(),
                                    SchoolNames.de(etablissement.nom()),
                                    publicUrl,
                                    collectivite.slug(),
                                    etablissement.key(),
                                    rubrique.id()));
        }
    }
}
