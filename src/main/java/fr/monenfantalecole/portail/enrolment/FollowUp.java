package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family adds proofs to its request while the mairie has not started on it, or when it asked for
 * them; a request whose proofs were asked for goes back to the agents once one arrives.
 */
@Service
class FollowUp {

    private final Requests requests;
    private final Proofs proofs;

    FollowUp(Requests requests, Proofs proofs) {
        this.requests = requests;
        this.proofs = proofs;
    }

    /** The message of each refused file (nothing is added then), or an empty map once added. */
    @Transactional
    public Map<String, String> addProofs(long adultId, long id, Piece piece, byte[] bytes) {
        var request = requests.ofHousehold(adultId, id).orElseThrow(() -> new NotFoundException("Demande introuvable"));
        if (!open(request.etat())) {
            return Map.of(
                    "piece",
                    "Cette demande est « " + request.etat().libelle() + " » : on ne peut plus y ajouter de pièce.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        switch (ProofCheck.check(bytes)) {
            case ProofCheck.Accepted ok -> {
                proofs.add(id, piece, ok);
                requests.piecesReceived(id);
            }
            case ProofCheck.Refused no -> errors.put("fichier", no.message());
        }
        return errors;
    }

    public static boolean open(Statut statut) {
        return statut == Statut.DEPOSEE || statut == Statut.PIECES_DEMANDEES;
    }
}
