package org.rejoin.pupil;

import java.util.Locale;

/**
 * A Unique Pupil Number as the DfE defines it: a check letter, then the 3-digit local authority
 * number, the 4-digit establishment number, a 2-digit year and a 3-digit serial; a temporary UPN
 * ends in a letter instead of the last digit. The check letter makes typing mistakes visible.
 */
public record Upn(String value) {

    /** The DfE's 23 letters, without I, O and S which are too easily misread. */
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public Upn {
        value = validated(value);
    }

    public static Upn of(String text) {
        return new Upn(text);
    }

    public static boolean isValid(String text) {
        try {
            validated(text);
            return true;
        } catch (InvalidUpnException e) {
            return false;
        }
    }

    /** A full UPN for the given last 12 characters (LA, establishment, year, serial). */
    public static Upn withCheckLetter(String last12) {
        return new Upn(checkLetterFor(last12.toUpperCase(Locale.ROOT)) + last12.toUpperCase(Locale.ROOT));
    }

    /** The check letter a UPN must start with, given its last 12 characters. */
    static char checkLetterFor(String last12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = last12.charAt(i);
            int numeric = Character.isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
            sum += numeric * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }

    private static String validated(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidUpnException("A UPN is required");
        }
        String upn = text.trim().toUpperCase(Locale.ROOT);
        if (upn.length() != 13) {
            throw new InvalidUpnException("A UPN has 13 characters; '" + text.trim() + "' has " + upn.length());
        }
        if (CHECK_LETTERS.indexOf(upn.charAt(0)) < 0) {
            throw new InvalidUpnException("A UPN starts with a check letter (A to Z, but not I, O or S)");
        }
        if (!upn.substring(1, 12).chars().allMatch(Character::isDigit)) {
            throw new InvalidUpnException("Characters 2 to 12 of a UPN are digits");
        }
        char last = upn.charAt(12);
        if (!Character.isDigit(last) && CHECK_LETTERS.indexOf(last) < 0) {
            throw new InvalidUpnException("A UPN ends in a digit, or for a temporary UPN a letter other than I, O or S");
        }
        char expected = checkLetterFor(upn.substring(1));
        if (upn.charAt(0) != expected) {
            throw new InvalidUpnException("The check letter of " + upn + " does not match the rest of the number: "
                    + "a character was probably mistyped");
        }
        return upn;
    }

    @Override
    public String toString() {
        return value;
    }

    public static final class InvalidUpnException extends IllegalArgumentException {
        public InvalidUpnException(String message) {
            super(message);
        }
    }
}
