package org.rejoin.inbox.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted Camunda Form on the server before its step is completed: the browser's own
 * form-js validation helps the user, this one decides. Fields hidden by their {@code conditional.hide}
 * (evaluated with the Camunda FEEL engine, in the same context form-js uses: the process variables
 * and the form's values, plus {@code this}, {@code parent} and {@code i} inside dynamic lists) are
 * skipped and not submitted, as are disabled fields; read-only fields keep the process's value.
 * Nothing outside the form's fields reaches the process. Dates are judged in the schools' time zone.
 */
@Component
public class FormValidator {

    /** A dynamic list longer than this is not a person typing. */
    static final int MAX_ROWS = 500;

    private final Clock clock;
    private final ZoneId zone;

    /** Judges dates ("not in the past") by the app's clock (docs/decisions/0011), in the schools' time zone. */
    @Autowired
    public FormValidator(Clock clock) {
        this(clock, ZoneId.of("Europe/London"));
    }

    FormValidator(Clock clock, ZoneId zone) {
        this.clock = clock.withZone(zone);
        this.zone = zone;
    }

    public FormSubmission validate(FormSchema schema, Map<String, Object> submitted) {
        return validate(schema, submitted, Map.of());
    }

    /**
     * @param submitted what the browser sent (untrusted)
     * @param processVariables the task's variables: context for conditions and dynamic options, source of read-only values
     */
    public FormSubmission validate(FormSchema schema, Map<String, Object> submitted,
                                   Map<String, Object> processVariables) {
        Map<String, Object> input = submitted == null ? Map.of() : submitted;
        Map<String, Object> variables = processVariables == null ? Map.of() : processVariables;
        // first pass, leniently: the typed values conditions are evaluated against (so "=sessions > 3" compares numbers)
        var lenient = new Run(variables, merge(variables, input), true);
        Map<String, Object> typed = new LinkedHashMap<>();
        lenient.walk(schema.components(), input, typed, Scope.root(lenient.root));
        var strict = new Run(variables, merge(variables, typed), false);
        Map<String, Object> clean = new LinkedHashMap<>();
        strict.walk(schema.components(), input, clean, Scope.root(strict.root));
        return new FormSubmission(clean, new FormErrors(strict.errors));
    }

    /** Where a field sits: its key prefix, the rows of enclosing dynamic lists, and the FEEL scope. */
    private record Scope(String prefix, List<Integer> indexes, String rowName, Map<String, Object> self,
                         Map<String, Object> parent, String pathInSelf) {
        static Scope root(Map<String, Object> root) {
            return new Scope("", List.of(), "", root, null, "");
        }

        Scope under(String path) {
            return new Scope(prefix + path + ".", indexes, rowName, self, parent, pathInSelf + path + ".");
        }
    }

    private final class Run {
        final Map<String, Object> variables;
        final Map<String, Object> root;
        final boolean lenient;
        final List<FormErrors.FieldError> errors = new ArrayList<>();
        final LocalDate today = LocalDate.now(clock);

        Run(Map<String, Object> variables, Map<String, Object> root, boolean lenient) {
            this.variables = variables;
            this.root = root;
            this.lenient = lenient;
        }

        void walk(List<FormField> fields, Map<String, Object> source, Map<String, Object> target, Scope scope) {
            for (FormField field : fields) {
                Map<String, Object> context = context(scope);
                if (field.disabled() || (!lenient && FeelExpressions.isTrue(field.hide(), context))) {
                    continue;
                }
                if (field.isRepeating()) {
                    rows(field, source, target, scope);
                } else if (field.isKeyed()) {
                    value(field, source, target, scope, context);
                } else if (!field.components().isEmpty()) {
                    String path = field.path();
                    if (path == null || path.isBlank()) {
                        walk(field.components(), source, target, scope);
                    } else {
                        Map<String, Object> nested = new LinkedHashMap<>();
                        walk(field.components(), map(get(source, path)), nested, scope.under(path));
                        set(target, path, nested);
                    }
                }
            }
        }

        private void rows(FormField list, Map<String, Object> source, Map<String, Object> target, Scope scope) {
            Object raw = get(source, list.path());
            List<?> items = raw instanceof List<?> l ? l.subList(0, Math.min(l.size(), MAX_ROWS)) : List.of();
            Object typedRows = get(scope.self(), scope.pathInSelf() + list.path());
            List<Object> rows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> item = map(items.get(i));
                Map<String, Object> self = typedRows instanceof List<?> t && i < t.size() ? map(t.get(i)) : item;
                List<Integer> indexes = new ArrayList<>(scope.indexes());
                indexes.add(i);
                Map<String, Object> row = new LinkedHashMap<>();
                walk(list.components(), item, row, new Scope(scope.prefix() + list.path() + "[" + i + "].", indexes,
                        " (row " + (i + 1) + " of '" + list.displayLabel() + "')", self, scope.self(), ""));
                rows.add(row);
            }
            set(target, list.path(), rows);
        }

        private void value(FormField field, Map<String, Object> source, Map<String, Object> target, Scope scope,
                           Map<String, Object> context) {
            switch (field.type()) {
                case "filepicker" -> {
                    return; // files are not submitted as variables here
                }
                case "expression" -> {
                    set(target, field.key(), FeelExpressions.evaluate(field.expression(), context));
                    return;
                }
                default -> {
                }
            }
            if (field.readonly() && scope.indexes().isEmpty()) {
                set(target, field.key(), get(variables, field.key()));
                return;
            }
            Object raw = get(source, field.key());
            String name = "'" + field.displayLabel() + "'" + scope.rowName();
            var result = new FieldCheck(field, name, context, today, zone).check(raw);
            if (result.error() == null) {
                set(target, field.key(), result.value());
            } else if (lenient) {
                set(target, field.key(), raw);
            } else {
                errors.add(new FormErrors.FieldError(scope.prefix() + field.key(), field.id(), scope.indexes(),
                        result.error()));
            }
        }

        /** What form-js gives expressions: all values, and this/parent/i (also as _this_...) in lists. */
        private Map<String, Object> context(Scope scope) {
            if (scope.indexes().isEmpty()) {
                return root;
            }
            Map<String, Object> context = new HashMap<>(root);
            List<Integer> i = scope.indexes().stream().map(n -> n + 1).toList();
            context.put("this", scope.self());
            context.put("parent", scope.parent());
            context.put("i", i);
            context.put("_this_", scope.self());
            context.put("_parent_", scope.parent());
            context.put("_i_", i);
            return context;
        }
    }

    private static Map<String, Object> merge(Map<String, Object> under, Map<String, Object> over) {
        Map<String, Object> merged = new HashMap<>(under);
        merged.putAll(over);
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A dotted key, as form-js reads it ({@code "a.b"} is {@code b} inside {@code a}). */
    static Object get(Map<String, Object> data, String key) {
        if (key == null) {
            return null;
        }
        Object node = data;
        for (String part : key.split("\\.")) {
            node = node instanceof Map<?, ?> m ? m.get(part) : null;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> data, String key, Object value) {
        String[] parts = key.split("\\.");
        Map<String, Object> node = data;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = node.get(parts[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                node.put(parts[i], next);
            }
            node = (Map<String, Object>) next;
        }
        node.put(parts[parts.length - 1], value);
    }
}
