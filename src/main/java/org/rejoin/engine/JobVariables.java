package org.rejoin.engine;

import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a job's variables for a worker, failing with a message that says which variable is wrong (an
 * {@link IllegalArgumentException}, which the worker failure policy turns into an incident at once).
 */
public record JobVariables(ActivatedJob job, Map<String, Object> values) {

    public static JobVariables of(ActivatedJob job) {
        return new JobVariables(job, job.getVariablesAsMap());
    }

    public UUID uuid(String name) {
        String value = text(name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Process variable " + name + " is not an id: " + value, e);
        }
    }

    public String text(String name) {
        Object value = values.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("The process has no " + name);
        }
        return value.toString().strip();
    }

    public String textOrNull(String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public List<String> texts(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("Process variable " + name + " is not a list: " + value);
        }
        return list.stream().filter(v -> v != null && !v.toString().isBlank()).map(v -> v.toString().strip())
                .distinct().toList();
    }

    public int integer(String name) {
        Object value = values.get(name);
        if (!(value instanceof Number number) || number.doubleValue() != number.intValue()) {
            throw new IllegalArgumentException("Process variable " + name + " is not a whole number: " + value);
        }
        return number.intValue();
    }

    public Boolean booleanOrNull(String name) {
        Object value = values.get(name);
        return value == null ? null : Boolean.valueOf(value.toString().strip());
    }

    /** A whole number of days, or the fallback when the process has none. */
    public int days(String name, int fallback) {
        Object value = values.get(name);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return (int) Math.round(Double.parseDouble(value.toString()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Process variable " + name + " is not a number of days: " + value, e);
        }
    }

    /** Idempotence key of what this job records: the same job delivered twice records once. */
    public String sourceKey() {
        return "job:" + job.getKey();
    }
}
