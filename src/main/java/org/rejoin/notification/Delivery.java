package org.rejoin.notification;

import java.time.Instant;
import java.util.UUID;

/** One email as administrators see it: to whom, what kind, where it is, how many tries, the last error. */
public record Delivery(UUID id, String recipient, NotificationKind kind, String template, DeliveryState state,
                       int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
