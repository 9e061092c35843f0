package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.HouseholdRecords;
import fr.monenfantalecole.portail.family.ParentalAuthority;
import fr.monenfantalecole.portail.shared.AuditLog;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inscription requests in the family's export (with the mairie's messages, without the files'
 * bytes, which the family downloads from each request) and in the account's deletion: the requests
 * of the children deleted with the account go with them, proofs' files included, even a request
 * still being handled (the collectivité's journal records it as withdrawn, without a name). A child
 * another responsable keeps keeps their requests.
 */
@Component
class EnrolmentRecords implements HouseholdRecords {

    private final Requests requests;
    private final Messages messages;
    private final Proofs proofs;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ParentalAuthority authority;

    EnrolmentRecords(
            Requests requests,
            Messages messages,
            Proofs proofs,
            AuditLog audit,
            JdbcClient jdbc,
            ParentalAuthority authority) {
        this.requests = requests;
        this.messages = messages;
        this.proofs = proofs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** A request as exported, with what the mairie wrote and the list of proofs sent. */
    record Exported(Request demande, List<Messages.Message> messages, List<String> justificatifs) {}

    @Override
    public Section export(long adultId) {
        var list = requests.ofHousehold(adultId).stream()
                .map(r -> new Exported(
                        r,
                        messages.of(r.id()),
                        proofs.of(r.id()).stream().map(Proofs.Proof::libelle).toList()))
                .toList();
        var lines = list.stream()
                .map(e -> "Demande n° " + e.demande().numero() + " — "
                        + e.demande().enfant() + ", "
                        + e.demande().classe() + " " + e.demande().anneeScolaire() + ", école "
                        + e.demande().uai() + " — " + e.demande().etat().libelle()
                        + (e.justificatifs().isEmpty()
                                ? ""
                                : " — justificatifs : " + String.join(", ", e.justificatifs())))
                .toList();
        return new Section("Inscriptions scolaires", lines, list);
    }

    @Override
    public void beforeDeletion(long adultId) {
        List<Long> alone = authority.keptOnlyBy(adultId);
        if (alone.isEmpty()) {
            return;
        }
        proofs.eraseFilesOfChildren(alone);
        jdbc.sql("select id, collectivite_id, statut from inscription_demande where enfant_id in (:e)")
                .param("e", alone)
                .query((rs, n) -> {
                    if (Statut.valueOf(rs.getString(3)).open()) {
                        audit.record(
                                rs.getLong(2),
                                null,
                                "INSCRIPTION_RETIREE",
                                "inscription",
                                rs.getString(1),
                                "compte famille supprimé");
                    }
                    return rs.getLong(1);
                })
                .list();
        jdbc.sql("delete from inscription_demande where enfant_id in (:e)")
                .param("e", alone)
                .update();
    }
}
