package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.Adult;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Files a parent's request: every field is checked first (the child's age for the class, the school
 * in the territory, the reason, each proof by its content), and only then are the request and its
 * proofs written, in one transaction: a refused request leaves nothing behind.
 */
@Service
public class Filing {

    /** The request's id, or the message of each field to correct. */
    public sealed interface Result permits Filed, Invalid {}

    public record Filed(long id) implements Result {}

    public record Invalid(Map<String, String> errors) implements Result {}

    private final Children children;
    private final Choices choices;
    private final Offers offers;
    private final Requests requests;
    private final Proofs proofs;

    Filing(Children children, Choices choices, Offers offers, Requests requests, Proofs proofs) {
        this.children = children;
        this.choices = choices;
        this.offers = offers;
        this.requests = requests;
        this.proofs = proofs;
    }

    @Transactional
    public Result file(Collectivite portal, Adult adult, Application a) {
        var offer = offers.of(portal.id()).orElseThrow(() -> new IllegalStateException("Pas d'inscription ici"));
        Map<String, String> errors = new LinkedHashMap<>();
        var child =
                a.enfant() == null ? null : children.get(adult.id(), a.enfant()).orElse(null);
        if (child == null) {
            errors.put("enfant", "Choisissez l'enfant à inscrire parmi ceux de votre foyer.");
        }
        if (!choices.years().contains(a.annee())) {
            errors.put("annee", "Choisissez l'année scolaire de l'inscription.");
        }
        var level = Level.of(a.niveau()).orElse(null);
        if (level == null) {
            errors.put("niveau", "Choisissez la classe demandée.");
        } else if (child != null && errors.isEmpty()) {
            String refusal = level.refusal(
                    child.dateNaissance(), Integer.parseInt(a.annee().substring(0, 4)));
            if (refusal != null) {
                errors.put("niveau", refusal);
            }
        }
        Choices.Sector sector = level == null ? null : choices.sector(portal, adult, level);
        String uai = null;
        Motif motif = null;
        boolean derogation = a.derogation() || sector == null;
        if (!a.derogation() && !"secteur".equals(a.choix())) {
            errors.put("choix", "Dites si vous demandez l'école de secteur ou une dérogation.");
        } else if (!derogation && sector != null) {
            uai = sector.uai();
        } else if (level != null) {
            var school = choices.school(portal, level, a.ecole());
            if (school == null) {
                errors.put(
                        "ecole",
                        a.ecole().isBlank()
                                ? "Choisissez l'école demandée."
                                : "Cette école n'est pas une école publique de " + portal.nom() + " pour cette classe"
                                        + " : choisissez dans la liste.");
            } else {
                uai = school.uai();
            }
            motif = Motif.of(a.motif()).filter(offer.motifs()::contains).orElse(null);
            if (motif == null) {
                errors.put("motif", "Choisissez le motif de votre demande de dérogation.");
            } else if (motif == Motif.AUTRE && a.precision().isBlank()) {
                errors.put("precision", "Expliquez en quelques mots la raison de votre demande.");
            }
        }
        if (a.precision().length() > 1000) {
            errors.put("precision", "Ce texte est trop long (1 000 caractères au plus).");
        }
        Map<Piece, ProofCheck.Accepted> accepted = new LinkedHashMap<>();
        for (Piece piece : offer.pieces()) {
            switch (ProofCheck.check(a.pieces().getOrDefault(piece, new byte[0]))) {
                case ProofCheck.Accepted ok -> accepted.put(piece, ok);
                case ProofCheck.Refused no -> errors.put(piece.champ(), no.message());
            }
        }
        if (!errors.isEmpty() || child == null || level == null || uai == null) {
            return new Invalid(errors);
        }
        if (requests.pending(child.id(), a.annee())) {
            return new Invalid(Map.of("enfant", duplicate(child.prenoms(), a.annee())));
        }
        long id;
        try {
            id = requests.insert(new Requests.NewRequest(
                    portal.id(),
                    child.id(),
                    adult.id(),
                    a.annee(),
                    level,
                    sector == null ? null : sector.uai(),
                    sector == null ? null : sector.regle(),
                    uai,
                    derogation,
                    motif,
                    a.precision().isBlank() ? null : a.precision().strip()));
        } catch (DuplicateKeyException e) {
            // Another tab filed the same request a moment ago: this transaction is spent.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Invalid(Map.of("enfant", duplicate(child.prenoms(), a.annee())));
        }
        accepted.forEach((piece, file) -> proofs.add(id, piece, file));
        return new Filed(id);
    }

    private static String duplicate(String prenoms, String annee) {
        return "Une demande d'inscription pour " + prenoms + " en " + annee
                + " est déjà en cours ou acceptée : suivez-la dans vos demandes.";
    }
}
