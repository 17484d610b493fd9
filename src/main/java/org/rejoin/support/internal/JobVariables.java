package org.rejoin.support.internal;

import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a plan job's variables, failing with a message that says which variable is wrong. */
record JobVariables(ActivatedJob job, Map<String, Object> values) {

    static JobVariables of(ActivatedJob job) {
        return new JobVariables(job, job.getVariablesAsMap());
    }

    UUID uuid(String name) {
        String value = text(name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Process variable " + name + " is not an id: " + value, e);
        }
    }

    String text(String name) {
        Object value = values.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("The process has no " + name);
        }
        return value.toString().strip();
    }

    int integer(String name) {
        Object value = values.get(name);
        if (!(value instanceof Number number) || number.doubleValue() != number.intValue()) {
            throw new IllegalArgumentException("Process variable " + name + " is not a whole number: " + value);
        }
        return number.intValue();
    }

    String textOrNull(String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    List<String> texts(String name) {
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

    /** Idempotence key of what this job records: the same job delivered twice records once. */
    String sourceKey() {
        return "job:" + job.getKey();
    }
}
