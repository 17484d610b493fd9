package org.rejoin.inbox.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a submitted form: at most one plain-English message per field, in form order.
 * A field inside a dynamic list is keyed by its path with indexes ({@code contacts[1].phone}) and
 * carries the list indexes, so the browser can put the message on the right row.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(List.of());

    /**
     * @param key the value path: the field key, under its group path, with list indexes
     * @param fieldId the form-js component id (form-js keys its error state by this)
     * @param indexes the row in each enclosing dynamic list, outermost first
     */
    public record FieldError(String key, String fieldId, List<Integer> indexes, String message) {
        public FieldError {
            indexes = indexes == null ? List.of() : List.copyOf(indexes);
        }
    }

    private final List<FieldError> errors;

    public FormErrors(List<FieldError> errors) {
        this.errors = List.copyOf(errors);
    }

    /** One error not tied to a form field id (for example from a test or another check). */
    public static FormErrors of(String key, String message) {
        return new FormErrors(List.of(new FieldError(key, key, List.of(), message)));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> all() {
        return errors;
    }

    /** Key → message, in form order. */
    public Map<String, String> byKey() {
        Map<String, String> map = new LinkedHashMap<>();
        errors.forEach(e -> map.putIfAbsent(e.key(), e.message()));
        return Collections.unmodifiableMap(map);
    }

    public Optional<String> message(String key) {
        return Optional.ofNullable(byKey().get(key));
    }

    @Override
    public String toString() {
        return "FormErrors" + byKey();
    }
}
