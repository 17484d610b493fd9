package org.rejoin.security.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;

/**
 * For tests of the second factor in the one shared application context, whose embedded run has it off: switched on
 * for a test and off again after it. Codes are computed here as an authenticator app would, from the secret and the
 * current 30-second step.
 */
public final class SecondFactorSwitch {

    private SecondFactorSwitch() {
    }

    public static void switchOn(SecondFactorPolicy policy, boolean on) {
        policy.switchOn(on);
    }

    /** The code an authenticator app shows for this secret now, or {@code stepsAhead} steps of 30 seconds later. */
    public static String codeNow(String secret, int stepsAhead) {
        long step = new SystemTimeProvider().getTime() / TotpCodes.PERIOD_SECONDS + stepsAhead;
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String codeNow(String secret) {
        return codeNow(secret, 0);
    }
}
