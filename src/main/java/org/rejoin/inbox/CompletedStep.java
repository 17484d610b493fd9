package org.rejoin.inbox;

import java.time.Instant;
import java.util.Map;

/**
 * A step of a case that someone completed, with what they submitted: one line of the case so far.
 * {@code formId} lets a page show the answers under the form's own labels, in the form's order.
 */
public record CompletedStep(String step, String completedBy, Instant completedAt, Map<String, Object> answers,
                            String elementId, String formId, String completedByName) {

    /** Who completed it, by name (the username only when the account has gone). */
    public String completerName() {
        return completedByName == null ? completedBy : completedByName;
    }
}
