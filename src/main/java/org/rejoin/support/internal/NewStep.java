package org.rejoin.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A step as the agree-steps and adapt-step forms give it: {description, adjustments, otherAdjustment}. */
public record NewStep(String description, List<String> adjustments, String otherAdjustment) {

    static final int MAX_DESCRIPTION = 300;

    public NewStep {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** The steps in a process variable or a form's answer; a step without a description is wrong data. */
    static List<NewStep> listOf(Object value, String name) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("The plan has no " + name + ": a list of steps was expected, not "
                    + value);
        }
        List<NewStep> steps = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> step) || step.get("description") == null
                    || step.get("description").toString().isBlank()) {
                throw new IllegalArgumentException("A step in " + name + " has no description: " + item);
            }
            String description = step.get("description").toString().strip();
            List<String> adjustments = step.get("adjustments") instanceof List<?> codes
                    ? codes.stream().filter(c -> c != null).map(Object::toString).toList() : List.of();
            Object other = step.get("otherAdjustment");
            steps.add(new NewStep(description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION)
                    : description, adjustments, other == null || other.toString().isBlank() ? null
                    : other.toString().strip()));
        }
        return steps;
    }
}
