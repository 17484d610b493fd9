package org.rejoin.security;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.rejoin.security.internal.SecondFactorPolicy;
import org.rejoin.security.internal.SecondFactorStore;
import org.rejoin.security.internal.SignInThrottle;
import org.rejoin.security.internal.TotpCodes;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (issue 21): administrators, local authority officers, leaders and designated safeguarding leads
 * who sign in with a password then give a code from an authenticator app, or one of their recovery codes. Enrolling,
 * checking a code, and an administrator's reset, each audited. Wrong codes are throttled as wrong passwords are,
 * counted apart from them (a right password must not wipe out the count of wrong codes).
 */
@Service
public class SecondFactor {

    /** The only authority of someone whose password was accepted and whose code is still awaited. */
    public static final String PENDING = "SECOND_FACTOR_PENDING";
    static final int RECOVERY_CODES = 10;

    /** What the enrolment page shows: the QR code, and the same secret as text for typing it in. */
    public record Enrolment(String qrCode, String secret) {
    }

    private final SecondFactorPolicy policy;
    private final SecondFactorStore store;
    private final TotpCodes codes;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    SecondFactor(SecondFactorPolicy policy, SecondFactorStore store, TotpCodes codes, SignInThrottle throttle,
                 PasswordEncoder encoder, AuditTrail audit) {
        this.policy = policy;
        this.store = store;
        this.codes = codes;
        this.throttle = throttle;
        this.encoder = encoder;
        this.audit = audit;
    }

    public static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> PENDING.equals(a.getAuthority()));
    }

    public boolean requiredFor(String username) {
        return policy.requiredFor(username);
    }

    public boolean enrolled(String username) {
        return store.userId(username).flatMap(store::secretOf).map(SecondFactorStore.Secret::confirmed).orElse(false);
    }

    /** Begins (or shows again) this person's enrolment; refused once they are enrolled. */
    @Transactional
    public Enrolment enrol(String username) {
        UUID userId = store.userId(username).orElseThrow(() -> new RecordNotFoundException("No such account"));
        store.beginEnrolment(userId, codes.newSecret());
        var secret = store.secretOf(userId).orElseThrow();
        if (secret.confirmed()) {
            throw new IllegalStateException("Already enrolled");
        }
        return new Enrolment(codes.qrCode(secret.secret(), username, policy.issuer()), secret.secret());
    }

    /** The first code from the app confirms the enrolment; returns the recovery codes, shown this once. */
    @Transactional(noRollbackFor = FieldProblem.class)
    public List<String> confirmEnrolment(String username, String typed, String address) {
        UUID userId = store.userId(username).orElseThrow(() -> new RecordNotFoundException("No such account"));
        refuseWhileThrottled(username, address);
        var secret = store.secretOf(userId).filter(s -> !s.confirmed())
                .orElseThrow(() -> new IllegalStateException("No enrolment begun"));
        String code = normalised(typed);
        var step = TotpCodes.looksLikeACode(code) ? codes.matchingStep(secret.secret(), code, null)
                : java.util.OptionalLong.empty();
        if (step.isEmpty()) {
            throw wrongCode(username, userId, address, "SECOND_FACTOR_ENROLMENT_FAILED");
        }
        List<String> recovery = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        store.confirm(userId, step.getAsLong(), recovery.stream().map(c -> encoder.encode(normalised(c))).toList(), Instant.now());
        throttle.succeeded(subject(username), Instant.now());
        audit.record(username, "SECOND_FACTOR_ENROLLED", "app_user", userId, RECOVERY_CODES + " recovery codes given");
        return recovery;
    }

    /** Checks a code from the app, or a recovery code (each works once); a refusal is a {@link FieldProblem}. */
    @Transactional(noRollbackFor = FieldProblem.class)
    public void check(String username, String typed, String address) {
        UUID userId = store.userId(username).orElseThrow(() -> new RecordNotFoundException("No such account"));
        refuseWhileThrottled(username, address);
        var secret = store.secretOf(userId).filter(SecondFactorStore.Secret::confirmed)
                .orElseThrow(() -> new IllegalStateException("Not enrolled"));
        String code = normalised(typed);
        String how = null;
        if (TotpCodes.looksLikeACode(code)) {
            var step = codes.matchingStep(secret.secret(), code, secret.lastStep());
            if (step.isPresent() && store.useStep(userId, step.getAsLong())) {
                how = "authenticator app";
            }
        } else if (!code.isEmpty()) {
            how = recoveryCodeUsed(userId, code);
        }
        if (how == null) {
            throw wrongCode(username, userId, address, "SECOND_FACTOR_FAILED");
        }
        throttle.succeeded(subject(username), Instant.now());
        audit.record(username, "SECOND_FACTOR_PASSED", "app_user", userId, how);
    }

    /** An administrator makes someone enrol again (a lost phone): their secret and recovery codes are forgotten. */
    @Transactional
    public void reset(UserAccount admin, UUID userId) {
        var school = store.schoolOf(userId);
        boolean reachable = store.exists(userId) && (AdminScope.isSystemAdmin(admin)
                || school.map(id -> AdminScope.administers(admin, id)).orElse(false));
        if (!reachable) {
            audit.deniedAccess(admin, "app_user", userId);
            throw new RecordNotFoundException("No such account");
        }
        boolean forgot = store.forget(userId);
        audit.record(admin.username(), "SECOND_FACTOR_RESET", "app_user", userId,
                forgot ? "enrols again at the next sign-in" : "was not enrolled");
    }

    private String recoveryCodeUsed(UUID userId, String code) {
        var unused = store.unusedRecoveryCodes(userId);
        for (var recovery : unused) {
            if (encoder.matches(code, recovery.hash()) && store.useRecoveryCode(recovery.id(), Instant.now())) {
                return "recovery code (" + (unused.size() - 1) + " left)";
            }
        }
        return null;
    }

    private void refuseWhileThrottled(String username, String address) {
        if (throttle.refusedUntil(subject(username), address, Instant.now()).isPresent()) {
            audit.record(username, "SECOND_FACTOR_REFUSED", null, null, "too many wrong codes (from " + address + ")");
            throw new FieldProblem("code", "Too many wrong codes. Wait a few minutes, then try again.");
        }
    }

    private FieldProblem wrongCode(String username, UUID userId, String address, String action) {
        throttle.failed(subject(username), address, Instant.now());
        audit.record(username, action, "app_user", userId, "wrong code (from " + address + ")");
        return new FieldProblem("code", "That code is not right. Type the 6 digits your app shows now.");
    }

    /** Wrong codes are counted under their own name, apart from the same person's wrong passwords. */
    private static String subject(String username) {
        return "second-factor:" + username;
    }

    /** Spaces and dashes as the app or the printed list shows them are ignored, and so is case. */
    private static String normalised(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
