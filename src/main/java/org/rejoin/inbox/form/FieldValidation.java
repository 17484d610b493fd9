package org.rejoin.inbox.form;

/**
 * A field's {@code validate} block as the schema gives it. {@code min}, {@code max}, {@code minLength}
 * and {@code maxLength} are kept as text because Camunda Forms allow a FEEL expression ({@code "=limit"})
 * there as well as a number; {@link FormValidator} resolves them. Absent values are {@code null}.
 */
public record FieldValidation(boolean required, String min, String max, String minLength, String maxLength,
                              String pattern, String patternErrorMessage, String validationType) {

    public static final FieldValidation NONE = new FieldValidation(false, null, null, null, null, null, null, null);
}
