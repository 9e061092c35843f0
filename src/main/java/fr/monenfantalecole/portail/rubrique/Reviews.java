package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.tenant.Collectivite;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The mairie's decision on a submitted rubrique: published on the school page or sent back to the
 * director with what to change; either way the directors are told by mail and the journal keeps it.
 */
@Service
class Reviews {

    private final RubriqueContents contents;
    private final DecisionMails mails;
    private final AuditLog audit;

    Reviews(RubriqueContents contents, DecisionMails mails, AuditLog audit) {
        this.contents = contents;
        this.mails = mails;
        this.audit = audit;
    }

    public void publish(
            Collectivite collectivite,
            SchoolPage page,
            Rubrique rubrique,
            RubriqueVersion submitted,
            long validatorId,
            @Nullable String commentaire) {
        contents.publish(submitted.id(), validatorId, commentaire);
        mails.published(collectivite, page, rubrique, commentaire);
        audit.record(collectivite.id(), validatorId, "RUBRIQUE_PUBLIEE", "etablissement", page.key(), rubrique.titre());
    }

    public void sendBack(
            Collectivite collectivite,
            SchoolPage page,
            Rubrique rubrique,
            RubriqueVersion submitted,
            long validatorId,
            String commentaire) {
        contents.returnToDraft(submitted.id(), validatorId, commentaire);
        mails.returned(collectivite, page, rubrique, commentaire);
        audit.record(
                collectivite.id(),
                validatorId,
                "RUBRIQUE_RENVOYEE",
                "etablissement",
                page.key(),
                rubrique.titre() + " : " + commentaire);
    }
}
