package org.rejoin.support.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads a completed step's answers (already validated against its form by the inbox). */
record FormAnswers(Map<String, Object> values) {

    String text(String key) {
        Object value = values.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A form-js date field: yyyy-MM-dd (anything after the date is ignored). */
    LocalDate date(String key) {
        String value = text(key);
        try {
            return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Boolean bool(String key) {
        Object value = values.get(key);
        return value == null ? null : Boolean.valueOf(value.toString());
    }
}
