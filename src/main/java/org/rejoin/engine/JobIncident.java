package org.rejoin.engine;

import java.time.Instant;
import java.util.UUID;

/** A job the app gave up on: the engine holds it as an incident until someone retries it. */
public record JobIncident(long jobKey, long processInstanceKey, String processId, String elementId, String jobType,
                          UUID caseId, String errorMessage, Instant failedAt, boolean open, Instant retriedAt,
                          String retriedBy) {
}
