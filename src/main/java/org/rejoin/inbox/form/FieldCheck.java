package org.rejoin.inbox.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One field's submitted value, checked and typed the way form-js would submit it. Messages name the
 * field as the user sees it ({@code name} is already quoted, with the row for dynamic lists).
 */
final class FieldCheck {

    // the patterns form-js 1.23 itself uses for validationType email and phone
    private static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
    private static final Pattern PHONE = Pattern.compile("^(\\+|00)[1-9]\\d{6,16}$");

    /** A typed value, or the message saying why there is none. */
    record Result(Object value, String error) {
        static Result ok(Object value) {
            return new Result(value, null);
        }

        static Result error(String message) {
            return new Result(null, message);
        }
    }

    private final FormField field;
    private final String name;
    private final Map<String, Object> context;
    private final LocalDate today;
    private final ZoneId zone;

    FieldCheck(FormField field, String name, Map<String, Object> context, LocalDate today, ZoneId zone) {
        this.field = field;
        this.name = name;
        this.context = context;
        this.today = today;
        this.zone = zone;
    }

    Result check(Object raw) {
        return switch (field.type()) {
            case "number" -> number(raw);
            case "checkbox" -> checkbox(raw);
            case "select", "radio" -> choice(raw);
            case "checklist", "taglist" -> choices(raw);
            case "datetime" -> DateCheck.check(field, name, raw, today, zone);
            default -> text(raw);
        };
    }

    private Result text(Object raw) {
        if (raw instanceof Map<?, ?> || raw instanceof Collection<?>) {
            return Result.error("Enter text for " + name);
        }
        String value = raw == null ? "" : raw.toString();
        FieldValidation v = field.validation();
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return v.required() ? Result.error(name + " is required") : Result.ok(value);
        }
        Integer minLength = whole(v.minLength());
        Integer maxLength = whole(v.maxLength());
        if (minLength != null && trimmed.length() < minLength) {
            return Result.error(name + " must be at least " + minLength + " characters");
        }
        if (maxLength != null && trimmed.length() > maxLength) {
            return Result.error(name + " must be " + maxLength + " characters or fewer (it has " + trimmed.length() + ")");
        }
        if (v.pattern() != null && !v.pattern().isEmpty() && !matches(v.pattern(), value)) {
            return Result.error(v.patternErrorMessage() != null && !v.patternErrorMessage().isBlank()
                    ? name + ": " + v.patternErrorMessage().strip()
                    : name + " is not in the expected format");
        }
        if ("email".equals(v.validationType()) && !EMAIL.matcher(trimmed).matches()) {
            return Result.error("Enter an email address for " + name + ", like name@example.org");
        }
        if ("phone".equals(v.validationType()) && !PHONE.matcher(trimmed.replaceAll("[\\s()-]", "")).matches()) {
            return Result.error("Enter an international phone number for " + name + ", like +441632960000");
        }
        return Result.ok(value);
    }

    private Result number(Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return field.required() ? Result.error(name + " is required") : Result.ok(null);
        }
        BigDecimal number = decimal(raw);
        if (number == null) {
            return Result.error("Enter a number for " + name);
        }
        Integer digits = field.decimalDigits();
        if (digits != null && Math.max(0, number.stripTrailingZeros().scale()) > digits) {
            return Result.error(digits == 0 ? name + " must be a whole number"
                    : name + " can have at most " + digits + " decimal places");
        }
        BigDecimal min = decimal(resolve(field.validation().min()));
        BigDecimal max = decimal(resolve(field.validation().max()));
        if (min != null && number.compareTo(min) < 0) {
            return Result.error(name + " must be " + min.toPlainString() + " or more");
        }
        if (max != null && number.compareTo(max) > 0) {
            return Result.error(name + " must be " + max.toPlainString() + " or less");
        }
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return Result.ok(plain.longValueExact());
        }
        return Result.ok(number);
    }

    private Result checkbox(Object raw) {
        Boolean value = raw == null ? Boolean.FALSE
                : raw instanceof Boolean b ? b
                : "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : null;
        if (value == null) {
            return Result.error("Tick or untick " + name);
        }
        return field.required() && !value ? Result.error("Tick " + name) : Result.ok(value);
    }

    private Result choice(Object raw) {
        if (raw == null || "".equals(raw)) {
            return field.required() ? Result.error("Choose an answer for " + name) : Result.ok(null);
        }
        Object value = allowed(raw);
        return value == null ? Result.error("Choose one of the answers given for " + name) : Result.ok(value);
    }

    private Result choices(Object raw) {
        Collection<?> picked = raw == null ? List.of() : raw instanceof Collection<?> c ? c : List.of(raw);
        Set<Object> values = new LinkedHashSet<>();
        for (Object one : picked) {
            Object value = allowed(one);
            if (value == null) {
                return Result.error("Choose only from the options given for " + name);
            }
            values.add(value);
        }
        if (values.isEmpty() && field.required()) {
            return Result.error("Choose at least one option for " + name);
        }
        return Result.ok(new ArrayList<>(values));
    }

    /** The option's own value if {@code raw} is one of the field's options, else {@code null}. */
    private Object allowed(Object raw) {
        if (raw == null || raw instanceof Map<?, ?> || raw instanceof Collection<?>) {
            return null;
        }
        String wanted = raw instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : raw.toString();
        for (Object option : options()) {
            Object value = option instanceof Map<?, ?> m ? m.get("value") : option;
            String text = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : Objects.toString(value);
            if (wanted.equals(text)) {
                return value;
            }
        }
        return null;
    }

    /** Static options, or those the form reads from a variable ({@code valuesKey}) or an expression. */
    private List<?> options() {
        if (!field.options().isEmpty()) {
            return field.options().stream().map(FieldOption::value).toList();
        }
        Object dynamic = field.valuesKey() != null ? lookup(field.valuesKey())
                : field.valuesExpression() != null ? FeelExpressions.evaluate(field.valuesExpression(), context) : null;
        return dynamic instanceof List<?> list ? list : List.of();
    }

    private Object resolve(String limit) {
        return FeelExpressions.isExpression(limit) ? FeelExpressions.evaluate(limit, context) : limit;
    }

    private Integer whole(String limit) {
        BigDecimal value = decimal(resolve(limit));
        return value == null ? null : value.intValue();
    }

    private Object lookup(String dottedKey) {
        Object node = context;
        for (String part : dottedKey.split("\\.")) {
            node = node instanceof Map<?, ?> m ? m.get(part) : null;
        }
        return node;
    }

    static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (raw instanceof String s && s.strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            return new BigDecimal(s.strip());
        }
        return null;
    }

    private static boolean matches(String pattern, String value) {
        try {
            // like form-js (new RegExp(pattern).test(value)): a match anywhere, anchors are the designer's
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return true; // a pattern Java cannot read is the designer's mistake, not the user's
        }
    }
}
