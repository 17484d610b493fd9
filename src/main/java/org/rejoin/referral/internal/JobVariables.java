package org.rejoin.referral.internal;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;

/** Reads a referral job's variables, failing with a message that says which variable is wrong. */
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

    String textOrNull(String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    Boolean booleanOrNull(String name) {
        Object value = values.get(name);
        return value == null ? null : Boolean.valueOf(value.toString().strip());
    }

    /** A whole number of days, or the fallback when the process has none. */
    int days(String name, int fallback) {
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
    String sourceKey() {
        return "job:" + job.getKey();
    }
}
