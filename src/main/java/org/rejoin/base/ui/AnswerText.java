package org.rejoin.base.ui;

import java.util.List;
import java.util.Map;

/** Form answers in words: a field key as a label, a value (lists, groups) as text. */
public final class AnswerText {

    private AnswerText() {
    }

    /** patternNotes → "Pattern notes" */
    public static String label(String key) {
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(UkDates.LOCALE);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(AnswerText::text).toList());
        }
        if (value instanceof Map<?, ?> map) {
            return String.join("; ", map.entrySet().stream()
                    .map(e -> label(String.valueOf(e.getKey())) + " " + text(e.getValue())).toList());
        }
        return String.valueOf(value);
    }
}
