package org.rejoin.security.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Authenticator-app codes (RFC 6238: six digits, SHA-1, 30-second steps, what every app reads from a QR code), made
 * and checked with dev.samstevens.totp. A code is accepted one step either side of now (phones' clocks drift), and
 * only for a step after the last one accepted, so a code seen over someone's shoulder cannot be used again.
 */
@org.springframework.stereotype.Component
public class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32); // 160 bits, as RFC 4226 advises
    private final Clock clock;

    public TotpCodes() {
        this(Clock.systemUTC());
    }

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    public String newSecret() {
        return secrets.generate();
    }

    /** The QR code an authenticator app scans: a PNG as a data: URI, for an {@code img} on the page. */
    public String qrCode(String secret, String account, String issuer) {
        var data = new QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            var png = new ZxingPngQrGenerator();
            png.setImageSize(250);
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    /** The step this code belongs to, if it is right now and newer than {@code lastStep}. */
    public OptionalLong matchingStep(String secret, String code, Long lastStep) {
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = now - 1; step <= now + 1; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            if (MessageDigest.isEqual(given, codeAt(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("A code could not be made from the stored secret", e);
        }
    }

    public static boolean looksLikeACode(String typed) {
        return typed.length() == DIGITS && typed.chars().allMatch(Character::isDigit);
    }
}
