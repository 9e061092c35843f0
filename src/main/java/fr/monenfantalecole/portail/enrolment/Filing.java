package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.Adult;
import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Files a parent's request: every field is checked first (the child's age for the class, the school
 * in the territory, the reason, each proof by its content), and only then are the request and its
 * proofs written, in one transaction: a refused request leaves nothing behind. The rules' messages
 * are written here once; the web form ({@code enrolment.web.ApplicationForm}) puts them next to its
 * fields, and checks the length of the text typed itself.
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

    /**
     * The rules of the child, year and class (step 1 of the form), by field: the child is one of the
     * household's, the year one open to requests, the class one the child's age allows.
     */
    public Map<String, String> stepOne(Adult adult, @Nullable Long enfant, String annee, String niveau) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(adult, enfant, annee, niveau, errors);
        return errors;
    }

    /** Every rule of the fields (not of the proofs), by field; empty when the request may be filed. */
    public Map<String, String> refusals(Collectivite portal, Adult adult, Application a) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(portal, adult, a, offer(portal), errors);
        return errors;
    }

    /** Each required proof refused by its content (or missing), by its form field. */
    public Map<String, String> refusedProofs(Collectivite portal, Map<Piece, byte[]> pieces) {
        Map<String, String> errors = new LinkedHashMap<>();
        proofs(offer(portal), pieces, errors);
        return errors;
    }

    @Transactional
    public Result file(Collectivite portal, Adult adult, Application a) {
        var offer = offer(portal);
        Map<String, String> errors = new LinkedHashMap<>();
        var checked = check(portal, adult, a, offer, errors);
        var accepted = proofs(offer, a.pieces(), errors);
        if (!errors.isEmpty() || checked == null) {
            return new Invalid(errors);
        }
        var child = checked.child();
        if (requests.pending(child.id(), a.annee())) {
            return new Invalid(Map.of("enfant", duplicate(child.prenoms(), a.annee())));
        }
        var sector = checked.sector();
        long id;
        try {
            id = requests.insert(new Requests.NewRequest(
                    portal.id(),
                    child.id(),
                    adult.id(),
                    a.annee(),
                    checked.level(),
                    sector == null ? null : sector.uai(),
                    sector == null ? null : sector.regle(),
                    checked.uai(),
                    checked.derogation(),
                    checked.motif(),
                    a.precision().isBlank() ? null : a.precision().strip()));
        } catch (DuplicateKeyException e) {
            // Another tab filed the same request a moment ago: this transaction is spent.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Invalid(Map.of("enfant", duplicate(child.prenoms(), a.annee())));
        }
        accepted.forEach((piece, file) -> proofs.add(id, piece, file));
        return new Filed(id);
    }

    /** What the fields resolve to once every rule holds. */
    private record Checked(
            Child child,
            Level level,
            Choices.@Nullable Sector sector,
            String uai,
            boolean derogation,
            @Nullable Motif motif) {}

    private Offers.Offer offer(Collectivite portal) {
        return offers.of(portal.id()).orElseThrow(() -> new IllegalStateException("Pas d'inscription ici"));
    }

    private @Nullable Child check(
            Adult adult, @Nullable Long enfant, String annee, String niveau, Map<String, String> errors) {
        var child = enfant == null ? null : children.get(adult.id(), enfant).orElse(null);
        if (child == null) {
            errors.put("enfant", "Choisissez l'enfant à inscrire parmi ceux de votre foyer.");
        }
        if (!choices.years().contains(annee)) {
            errors.put("annee", "Choisissez l'année scolaire de l'inscription.");
        }
        var level = Level.of(niveau).orElse(null);
        if (level == null) {
            errors.put("niveau", "Choisissez la classe demandée.");
        } else if (child != null && errors.isEmpty()) {
            String refusal = level.refusal(child.dateNaissance(), Integer.parseInt(annee.substring(0, 4)));
            if (refusal != null) {
                errors.put("niveau", refusal);
            }
        }
        return child;
    }

    private @Nullable Checked check(
            Collectivite portal, Adult adult, Application a, Offers.Offer offer, Map<String, String> errors) {
        var child = check(adult, a.enfant(), a.annee(), a.niveau(), errors);
        var level = Level.of(a.niveau()).orElse(null);
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
        if (child == null || level == null || uai == null) {
            return null;
        }
        return new Checked(child, level, sector, uai, derogation, motif);
    }

    private static Map<Piece, ProofCheck.Accepted> proofs(
            Offers.Offer offer, Map<Piece, byte[]> pieces, Map<String, String> errors) {
        Map<Piece, ProofCheck.Accepted> accepted = new LinkedHashMap<>();
        for (Piece piece : offer.pieces()) {
            switch (ProofCheck.check(pieces.getOrDefault(piece, new byte[0]))) {
                case ProofCheck.Accepted ok -> accepted.put(piece, ok);
                case ProofCheck.Refused no -> errors.put(piece.champ(), no.message());
            }
        }
        return accepted;
    }

    private static String duplicate(String prenoms, String annee) {
        return "Une demande d'inscription pour " + prenoms + " en " + annee
                + " est déjà en cours ou acceptée : suivez-la dans vos demandes.";
    }
}
