package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Logins in the audit journal, for the operator: successes, failures, refusals by the throttle,
 * second-factor enrolments. Never the password, never a typed login that names no account (it may
 * be someone's password typed in the wrong field): such a failure is recorded without its object.
 */
@Component
class LoginEvents {

    static final String ACCOUNT = "compte";

    private final AuditLog audit;

    LoginEvents(AuditLog audit) {
        this.audit = audit;
    }

    void succeeded(long userId) {
        audit.record(null, userId, "connexion.reussie", ACCOUNT, Long.toString(userId), null);
    }

    void failed(java.util.Optional<Long> userId) {
        audit.record(
                null,
                userId.orElse(null),
                "connexion.echouee",
                ACCOUNT,
                userId.map(id -> Long.toString(id)).orElse("inconnu"),
                null);
    }

    void refused(long userId) {
        audit.record(
                null,
                userId,
                "connexion.bloquee",
                ACCOUNT,
                Long.toString(userId),
                "trop de tentatives depuis la même adresse");
    }

    void secondFactorEnrolled(long userId) {
        audit.record(null, userId, "double-authentification.activee", ACCOUNT, Long.toString(userId), null);
    }

    void secondFactorPassed(long userId) {
        audit.record(null, userId, "double-authentification.reussie", ACCOUNT, Long.toString(userId), null);
    }

    void secondFactorFailed(long userId) {
        audit.record(null, userId, "double-authentification.echouee", ACCOUNT, Long.toString(userId), null);
    }
}
