package fr.monenfantalecole.portail.family;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting a family account: the adult, the adults they authorised, their tokens and invitations, and
 * each child no other responsable keeps. A child shared with another responsable stays in that
 * responsable's account. The journal keeps the deletion, without the person's identity. Each téléservice
 * ({@link HouseholdRecords}) first deletes what belongs only to the children deleted, requests still
 * being handled included: the family asked for erasure, and the collectivité's journal records each request withdrawn so.
 */
@Service
public class AccountDeletion {

    private final Adults adults;
    private final Children children;
    private final FamilyJournal journal;
    private final List<HouseholdRecords> records;

    AccountDeletion(Adults adults, Children children, FamilyJournal journal, List<HouseholdRecords> records) {
        this.adults = adults;
        this.children = children;
        this.journal = journal;
        this.records = records;
    }

    @Transactional
    public void delete(long adultId, String by) {
        var adult = adults.get(adultId);
        records.forEach(r -> r.beforeDeletion(adultId));
        children.removeAllOf(adultId);
        adults.delete(adultId);
        journal.record(adult.collectiviteId(), null, null, "compte.supprime", "compte n° " + adultId, by);
    }
}
