package fr.monenfantalecole.portail.family;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting a family account: the adult, the adults they authorised, their tokens and invitations, and
 * each child no other responsable keeps. A child shared with another responsable stays in that
 * responsable's account. The journal keeps the deletion, without the person's identity. When the
 * téléservices land, a child with a request still being handled is kept until it is closed.
 */
@Service
public class AccountDeletion {

    private final Adults adults;
    private final Children children;
    private final FamilyJournal journal;

    AccountDeletion(Adults adults, Children children, FamilyJournal journal) {
        this.adults = adults;
        this.children = children;
        this.journal = journal;
    }

    @Transactional
    public void delete(long adultId, String by) {
        var adult = adults.get(adultId);
        children.removeAllOf(adultId);
        adults.delete(adultId);
        journal.record(adult.collectiviteId(), null, null, "compte.supprime", "compte n° " + adultId, by);
    }
}
