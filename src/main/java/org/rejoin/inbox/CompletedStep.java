package org.rejoin.inbox;

import java.time.Instant;
import java.util.Map;

/** A step of a case that someone completed, with what they submitted: one line of the case so far. */
public record CompletedStep(String step, String completedBy, Instant completedAt, Map<String, Object> answers) {
}
