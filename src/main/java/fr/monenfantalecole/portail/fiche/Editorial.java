package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national editorial workflow: a writer drafts a new version, submits it into the review chain;
 * each step's holder approves or sends it back with a comment, in order; the last approval publishes
 * it for every collectivité at once. Every action is kept.
 */
@Service
public class Editorial {

    /** Sheets not reviewed for this long are flagged for review. */
    public static final long STALE_AFTER_DAYS = 365;

    private final NationalFiches fiches;
    private final ReviewChain chain;
    private final FicheChecks checks;
    private final AuditLog audit;
    private final Clock clock;
    private final ReviewActions actions;
    private final int stepsPerPerson;

    Editorial(
            NationalFiches fiches,
            ReviewChain chain,
            FicheChecks checks,
            AuditLog audit,
            Clock clock,
            ReviewActions actions,
            @Value("${portail.relecture.etapes-par-personne:1}") int stepsPerPerson) {
        this.clock = clock;
        this.actions = actions;
        this.stepsPerPerson = stepsPerPerson;
        this.fiches = fiches;
        this.chain = chain;
        this.checks = checks;
        this.audit = audit;
    }

    /** A refused action, with what the person should know. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** One recorded review action. */
    public record Action(
            Instant at,
            String action,
            @Nullable Integer step,
            @Nullable String commentaire,
            String who) {}

    public boolean canWrite(StaffPrincipal user) {
        return user.hasNationalRole(chain.first().role());
    }

    public boolean canReview(StaffPrincipal user, FicheVersion version) {
        return version.status() == FicheVersion.Status.EN_RELECTURE
                && version.currentStep() != null
                && chain.step(version.currentStep())
                        .map(s -> user.hasNationalRole(s.role()))
                        .orElse(false)
                && mayClearAnotherStep(version, user);
    }

    /** One person clears at most {@code portail.relecture.etapes-par-personne} steps of a version (0: no limit). */
    private boolean mayClearAnotherStep(FicheVersion version, StaffPrincipal user) {
        return stepsPerPerson <= 0 || actions.stepsClearedBy(version.id(), user.id()) < stepsPerPerson;
    }

    /** The version being written for this sheet: the open draft, or a new one from the published text. */
    @Transactional
    public FicheVersion draft(String ficheId, StaffPrincipal user) {
        requireWriter(user);
        var fiche = fiches.find(ficheId).orElseThrow(() -> new NotFoundException("Fiche inconnue : " + ficheId));
        var latest = fiches.latest(ficheId);
        if (latest.isPresent() && isOpen(latest.get())) {
            return latest.get();
        }
        if (latest.isPresent() && latest.get().status() == FicheVersion.Status.EN_RELECTURE) {
            throw new Refused(
                    "La version " + latest.get().number() + " est en relecture : attendez qu'elle soit publiée "
                            + "ou renvoyée à la rédaction avant d'en écrire une autre.");
        }
        FicheContent start = latest.filter(
                        v -> v.status() == FicheVersion.Status.PUBLIEE || v.status() == FicheVersion.Status.ARCHIVEE)
                .map(FicheVersion::content)
                .orElse(new FicheContent(fiche.question(), List.of(), "", "", List.of(), List.of()));
        long id = fiches.createVersion(ficheId, start, FicheVersion.Status.BROUILLON, "EDITEUR", user.id());
        audit.record(null, user.id(), "VERSION_CREEE", "fiche", ficheId, "brouillon");
        return fiches.version(id).orElseThrow();
    }

    @Transactional
    public void save(long versionId, FicheContent content, StaffPrincipal user) {
        requireWriter(user);
        var version = open(versionId);
        fiches.updateContent(version.id(), content);
        audit.record(null, user.id(), "VERSION_MODIFIEE", "fiche", version.ficheId(), "version " + version.number());
    }

    /** Submits a draft: the writing step is done, the next step's holders may review it. */
    @Transactional
    public FicheVersion submit(long versionId, StaffPrincipal user) {
        requireWriter(user);
        var version = open(versionId);
        var problems = checks.check(version.content(), fiches.ids());
        if (!problems.isEmpty()) {
            throw new Refused("La fiche ne peut pas partir en relecture : " + String.join(" ", problems));
        }
        record(version, chain.first().position(), "SOUMISE", null, user);
        advance(version, chain.first().position(), user);
        return fiches.version(versionId).orElseThrow();
    }

    @Transactional
    public FicheVersion approve(long versionId, StaffPrincipal user, @Nullable String comment) {
        var version = inReview(versionId);
        requireStepHolder(version, user);
        int step = step(version);
        if (!mayClearAnotherStep(version, user)) {
            throw new Refused(
                    "Vous avez déjà validé " + (stepsPerPerson == 1 ? "une étape" : stepsPerPerson + " étapes")
                            + " de cette version : l'étape « "
                            + chain.step(step).map(ReviewChain.Step::libelle).orElse("")
                            + " » doit être validée par une autre personne.");
        }
        record(version, step, "APPROUVEE", comment, user);
        advance(version, step, user);
        return fiches.version(versionId).orElseThrow();
    }

    @Transactional
    public FicheVersion sendBack(long versionId, StaffPrincipal user, @Nullable String comment) {
        var version = inReview(versionId);
        requireStepHolder(version, user);
        if (comment == null || comment.isBlank()) {
            throw new Refused("Dites à la rédaction ce qu'il faut reprendre : le commentaire est obligatoire.");
        }
        record(version, step(version), "RENVOYEE", comment, user);
        fiches.setStatus(version.id(), FicheVersion.Status.A_REPRENDRE, null);
        return fiches.version(versionId).orElseThrow();
    }

    public List<Action> actions(long versionId) {
        return actions.of(versionId);
    }

    /** Published sheets whose text was last reviewed more than a year ago. */
    public List<Fiche> stale() {
        var limit = clock.instant().minus(STALE_AFTER_DAYS, ChronoUnit.DAYS);
        return fiches.published().stream()
                .filter(f -> f.reviewedAt() == null || f.reviewedAt().isBefore(limit))
                .toList();
    }

    private void advance(FicheVersion version, int fromStep, StaffPrincipal user) {
        var next = chain.after(fromStep);
        if (next.isPresent()) {
            fiches.setStatus(
                    version.id(), FicheVersion.Status.EN_RELECTURE, next.get().position());
        } else {
            fiches.publish(version.id());
            record(version, null, "PUBLIEE", null, user);
        }
    }

    private void record(
            FicheVersion version,
            @Nullable Integer step,
            String action,
            @Nullable String comment,
            StaffPrincipal user) {
        actions.add(version.id(), step, action, comment, user.id());
        String stepName = step == null
                ? ""
                : chain.step(step).map(s -> " — " + s.libelle()).orElse("");
        audit.record(
                null,
                user.id(),
                "VERSION_" + action,
                "fiche",
                version.ficheId(),
                "version " + version.number() + stepName
                        + (comment == null || comment.isBlank() ? "" : " : " + comment));
    }

    private FicheVersion open(long versionId) {
        var version = fiches.version(versionId).orElseThrow(() -> new NotFoundException("Version inconnue"));
        if (!isOpen(version)) {
            throw new Refused("Cette version n'est plus modifiable ("
                    + version.status().libelle().toLowerCase() + ").");
        }
        return version;
    }

    private FicheVersion inReview(long versionId) {
        var version = fiches.version(versionId).orElseThrow(() -> new NotFoundException("Version inconnue"));
        if (version.status() != FicheVersion.Status.EN_RELECTURE || version.currentStep() == null) {
            throw new Refused("Cette version n'est pas en relecture ("
                    + version.status().libelle().toLowerCase() + ").");
        }
        return version;
    }

    /** The step a version {@link #inReview(long) in review} is at. */
    private static int step(FicheVersion version) {
        return Objects.requireNonNull(version.currentStep(), "a version in review is at a step");
    }

    private void requireWriter(StaffPrincipal user) {
        if (!canWrite(user)) {
            throw new Refused("La rédaction des fiches nationales est réservée au rôle "
                    + chain.first().libelle() + ".");
        }
    }

    private void requireStepHolder(FicheVersion version, StaffPrincipal user) {
        var step = chain.step(step(version)).orElseThrow();
        if (!user.hasNationalRole(step.role())) {
            throw new Refused("Cette version attend l'étape « " + step.libelle()
                    + " » : seules les personnes qui tiennent " + "cette étape peuvent la valider ou la renvoyer.");
        }
    }

    private static boolean isOpen(FicheVersion v) {
        return v.status() == FicheVersion.Status.BROUILLON || v.status() == FicheVersion.Status.A_REPRENDRE;
    }
}
