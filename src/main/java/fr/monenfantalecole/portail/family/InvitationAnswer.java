package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.LoginName;
import fr.monenfantalecole.portail.shared.French;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invited adult accepts: from then on both responsables see and edit the shared children. */
@Service
class InvitationAnswer {

    /** What became of an acceptance. */
    public enum Outcome {
        ACCEPTED,
        /** Used, cancelled, expired or unknown. */
        CLOSED,
        /** The signed-in adult's address is not the one invited. */
        OTHER_ADDRESS,
        /** The adult who invited cannot accept their own invitation. */
        OWN
    }

    private final FamilyInvitations invitations;
    private final Children children;
    private final Adults adults;
    private final FamilyJournal journal;
    private final Clock clock;

    InvitationAnswer(
            FamilyInvitations invitations, Children children, Adults adults, FamilyJournal journal, Clock clock) {
        this.invitations = invitations;
        this.children = children;
        this.adults = adults;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public Outcome accept(String token, long adultId) {
        var invitation = invitations.byToken(token);
        if (invitation.isEmpty() || !invitation.get().ouverte(clock.instant())) {
            return Outcome.CLOSED;
        }
        var pending = invitation.get();
        if (pending.deAdulteId() == adultId) {
            return Outcome.OWN;
        }
        var adult = adults.get(adultId);
        if (!LoginName.normalise(adult.email()).equals(LoginName.normalise(pending.email()))) {
            return Outcome.OTHER_ADDRESS;
        }
        if (!invitations.markUsed(pending.id())) {
            return Outcome.CLOSED;
        }
        var shared = invitations.children(pending.id()).stream()
                .filter(child -> children.get(pending.deAdulteId(), child).isPresent())
                .toList();
        children.share(adultId, shared);
        journal.record(
                adult.collectiviteId(),
                adultId,
                null,
                "invitation.acceptee",
                French.count(shared.size(), "enfant", "enfants"),
                "famille");
        var from = adults.get(pending.deAdulteId());
        journal.record(
                from.collectiviteId(), from.id(), null, "invitation.acceptee", "par le second responsable", "famille");
        return Outcome.ACCEPTED;
    }
}
