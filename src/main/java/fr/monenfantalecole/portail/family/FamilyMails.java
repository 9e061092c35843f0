package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.shared.web.PublicLinks;
import fr.monenfantalecole.portail.tenant.Collectivite;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the family account. Their personal links are absolute (the platform's public
 * address, never the request's Host) and given to the outbox as secrets: masked in what the back
 * office shows, erased once sent.
 */
@Component
class FamilyMails {

    private final Outbox outbox;
    private final PublicLinks links;

    FamilyMails(Outbox outbox, PublicLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    public void verification(Collectivite portal, String email, String token) {
        String link = link(portal, "/compte/verification?jeton=" + token);
        outbox.send(
                portal.id(),
                email,
                "Confirmez votre adresse pour votre compte famille",
                """
                Bonjour,

                Vous avez créé un compte famille sur le portail « Mon enfant à l'école » de %s.
                Pour confirmer votre adresse électronique, ouvrez ce lien personnel :
                %s

                Ce lien est valable 3 jours et ne sert qu'une fois. Si vous n'avez pas créé ce compte,
                ignorez ce message : sans confirmation, personne ne pourra s'y connecter.
                """.formatted(portal.nom(), link),
                token);
    }

    public void reset(Collectivite portal, String email, String token) {
        String link = link(portal, "/compte/mot-de-passe/nouveau?jeton=" + token);
        outbox.send(
                portal.id(),
                email,
                "Choisir un nouveau mot de passe pour votre compte famille",
                """
                Bonjour,

                Quelqu'un (vous, sans doute) a demandé à changer le mot de passe de votre compte famille sur
                le portail de %s. Pour en choisir un nouveau, ouvrez ce lien personnel :
                %s

                Ce lien ne sert qu'une fois et expire dans 60 minutes. Si vous n'avez rien demandé, ignorez
                ce message : votre mot de passe actuel reste valable.
                """.formatted(portal.nom(), link),
                token);
    }

    public void invitation(Collectivite portal, String email, String from, String token) {
        String link = link(portal, "/compte/invitation?jeton=" + token);
        outbox.send(
                portal.id(),
                email,
                from + " vous invite à suivre la scolarité de vos enfants",
                """
                Bonjour,

                %s vous invite, comme autre responsable légal, à suivre la scolarité de vos enfants sur le
                portail « Mon enfant à l'école » de %s : leur école, l'agenda, les démarches.
                Pour accepter, ouvrez ce lien personnel, puis connectez-vous ou créez votre compte avec
                cette adresse :
                %s

                Ce lien est valable 7 jours et ne sert qu'une fois. Si vous ne connaissez pas cette personne,
                ignorez ce message.
                """.formatted(from, portal.nom(), link),
                token);
    }

    public void inactivity(long collectiviteId, String email, String portalName, int months) {
        outbox.send(collectiviteId, email, "Votre compte famille va être supprimé", """
                Bonjour,

                Vous ne vous êtes pas connecté à votre compte famille du portail de %s depuis longtemps.
                Comme la collectivité s'y est engagée, les comptes inactifs sont supprimés après %d mois.
                Votre compte et les informations de vos enfants seront supprimés dans 30 jours.
                Pour le garder, il suffit de vous connecter une fois.
                """.formatted(portalName, months));
    }

    private String link(Collectivite portal, String path) {
        return links.link("/" + portal.slug() + path);
    }
}
