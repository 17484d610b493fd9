package org.rejoin.inbox.form;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A {@code datetime} field's value in the forms form-js submits: {@code 2026-11-23} (date),
 * {@code 14:30}, {@code 14:30+00:00} or {@code 14:30Z} (time), {@code 2026-11-23T14:30} with or without
 * an offset (date and time). {@code disallowPassedDates} refuses days before today in the schools' zone.
 */
final class DateCheck {

    private DateCheck() {
    }

    static FieldCheck.Result check(FormField field, String name, Object raw, LocalDate today, ZoneId zone) {
        String subtype = field.subtype() == null ? "date" : field.subtype();
        String what = switch (subtype) {
            case "time" -> "a time";
            case "datetime" -> "a date and time";
            default -> "a date";
        };
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return field.required() ? FieldCheck.Result.error("Enter " + what + " for " + name) : FieldCheck.Result.ok(null);
        }
        String value = raw.toString().strip();
        LocalDate date;
        try {
            date = switch (subtype) {
                case "time" -> {
                    if (value.matches(".*(Z|[+-]\\d\\d:\\d\\d)$")) {
                        OffsetTime.parse(value);
                    } else {
                        LocalTime.parse(value);
                    }
                    yield null;
                }
                case "datetime" -> value.matches(".*T.*(Z|[+-]\\d\\d:\\d\\d)$")
                        ? OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate()
                        : LocalDateTime.parse(value).toLocalDate();
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeParseException e) {
            return FieldCheck.Result.error("Enter " + what.replace("a ", "a real ") + " for " + name);
        }
        if (date != null && field.disallowPassedDates() && date.isBefore(today)) {
            return FieldCheck.Result.error(name + " cannot be in the past");
        }
        return FieldCheck.Result.ok(value);
    }
}
