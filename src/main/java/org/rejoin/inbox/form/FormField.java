package org.rejoin.inbox.form;

import java.util.List;
import java.util.Set;

/**
 * One component of a Camunda Form. Keyed fields carry a value under {@code key} (dots nest, as in
 * form-js); a {@code group} may nest its children's values under {@code path}; a {@code dynamiclist}
 * repeats its children and submits a list of objects under {@code path}. {@code hide} is the raw
 * {@code conditional.hide} FEEL expression ({@code "=..."}) or {@code null}.
 *
 * @param subtype for {@code datetime}: {@code date}, {@code time} or {@code datetime}
 * @param decimalDigits for {@code number}: the most decimal places allowed, or {@code null}
 * @param expression for {@code expression} fields: the FEEL expression whose result is submitted
 */
public record FormField(String id, String type, String key, String path, String label, FieldValidation validation,
                        String subtype, boolean disallowPassedDates, Integer decimalDigits, List<FieldOption> options,
                        String valuesKey, String valuesExpression, String hide, boolean disabled, boolean readonly,
                        String expression, List<FormField> components) {

    /** Types whose value form-js submits under {@code key}. */
    static final Set<String> KEYED = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
            "checkbox", "checklist", "taglist", "expression", "filepicker");

    static final Set<String> WITH_OPTIONS = Set.of("select", "radio", "checklist", "taglist");

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        components = components == null ? List.of() : List.copyOf(components);
        validation = validation == null ? FieldValidation.NONE : validation;
    }

    public boolean isKeyed() {
        return KEYED.contains(type) && key != null && !key.isBlank();
    }

    public boolean isRepeating() {
        return "dynamiclist".equals(type) && path != null && !path.isBlank();
    }

    public boolean hasOptions() {
        return WITH_OPTIONS.contains(type);
    }

    public boolean isMultiple() {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    public boolean required() {
        return validation.required();
    }

    /** The label a person sees, for messages: the key if the designer left the label empty or made it an expression. */
    public String displayLabel() {
        if (label == null || label.isBlank() || label.startsWith("=")) {
            return key != null ? key : id;
        }
        return label.strip();
    }
}
