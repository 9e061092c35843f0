package fr.monenfantalecole.portail.account;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the second-factor enrolment page shows: whether it is active or required, the pending secret
 * and its QR code, an error, and the recovery codes right after confirmation (never again).
 */
public record EnrolmentView(
        boolean active,
        boolean required,
        @Nullable String secret,
        @Nullable String qrCode,
        @Nullable String error,
        List<String> recoveryCodes) {}
