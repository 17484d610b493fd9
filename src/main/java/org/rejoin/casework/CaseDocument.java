package org.rejoin.casework;

import java.time.Instant;
import java.util.UUID;

/** A document attached to a case (its content is fetched separately, and each download is audited). */
public record CaseDocument(UUID id, UUID caseId, String fileName, String mediaType, String kindName, long sizeBytes,
                           String description, String uploadedBy, String uploadedByName, Instant uploadedAt) {
}
