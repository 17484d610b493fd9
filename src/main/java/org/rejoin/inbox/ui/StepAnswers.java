package org.rejoin.inbox.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.rejoin.base.ui.AnswerText;
import org.rejoin.inbox.CompletedStep;
import org.rejoin.inbox.form.FieldOption;
import org.rejoin.inbox.form.FormField;
import org.rejoin.inbox.form.FormRepository;
import org.rejoin.inbox.form.FormSchema;

/**
 * A completed step's answers as the person answering saw them: under each question's own label, in the
 * form's order, a chosen option by its label and a chosen colleague by name. Answers the form no longer
 * asks for follow, labelled from their keys.
 */
final class StepAnswers {

    private StepAnswers() {
    }

    /** Label to text, in the form's order. */
    static Map<String, String> of(CompletedStep step, FormRepository forms, Function<String, Optional<String>> personName) {
        Map<String, Object> left = new LinkedHashMap<>(step.answers());
        Map<String, String> lines = new LinkedHashMap<>();
        Optional<FormSchema> schema = Optional.ofNullable(step.formId()).flatMap(forms::find);
        schema.ifPresent(form -> form.allFields().filter(FormField::isKeyed).forEach(field -> {
            if (left.containsKey(field.key())) {
                Object value = left.remove(field.key());
                lines.put(field.displayLabel(), text(field, value, personName));
            }
        }));
        left.forEach((key, value) -> lines.put(AnswerText.label(key), AnswerText.text(value)));
        return lines;
    }

    private static String text(FormField field, Object value, Function<String, Optional<String>> personName) {
        if (value instanceof List<?> many) {
            return String.join(", ", many.stream().map(v -> text(field, v, personName)).toList());
        }
        for (FieldOption option : field.options()) {
            if (Objects.equals(String.valueOf(option.value()), String.valueOf(value))) {
                return option.label();
            }
        }
        if (value instanceof String text && text.contains("@") && !text.contains(" ")) {
            return personName.apply(text).orElse(text); // a colleague chosen from a list of accounts
        }
        return AnswerText.text(value);
    }
}
