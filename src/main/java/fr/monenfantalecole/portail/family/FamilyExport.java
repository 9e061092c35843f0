package fr.monenfantalecole.portail.family;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Everything the portal holds about an adult and the children in their care, for the RGPD's right of
 * access and portability: the same content as JSON and as a readable PDF ({@link FamilyExportPdf}).
 * The other responsable's own details are not the adult's data: only their name is given.
 */
@Service
class FamilyExport {

    /** The export, as the JSON file gives it. */
    public record Data(
            Instant exporteLe,
            Adult compte,
            List<Child> enfants,
            List<Children.CoParent> autresResponsables,
            List<AuthorisedAdults.Authorised> adultesAutorises,
            List<FamilyInvitations.Pending> invitationsEnvoyees,
            List<FamilyJournal.Entry> journal,
            List<HouseholdRecords.Section> teleservices) {}

    private final Adults adults;
    private final Children children;
    private final AuthorisedAdults authorised;
    private final FamilyInvitations invitations;
    private final FamilyJournal journal;
    private final java.time.Clock clock;
    private final List<HouseholdRecords> records;

    FamilyExport(
            Adults adults,
            Children children,
            AuthorisedAdults authorised,
            FamilyInvitations invitations,
            FamilyJournal journal,
            java.time.Clock clock,
            List<HouseholdRecords> records) {
        this.adults = adults;
        this.children = children;
        this.authorised = authorised;
        this.invitations = invitations;
        this.journal = journal;
        this.clock = clock;
        this.records = records;
    }

    /** The adult's data; the export itself is written in the journal. */
    public Data of(long adultId, String format) {
        var adult = adults.get(adultId);
        journal.record(adult.collectiviteId(), adultId, null, "donnees.exportees", format, "famille");
        return new Data(
                clock.instant(),
                adult,
                children.of(adultId),
                children.coParents(adultId),
                authorised.of(adultId),
                invitations.sentBy(adultId),
                journal.of(adultId, 1000),
                records.stream().map(r -> r.export(adultId)).toList());
    }
}
