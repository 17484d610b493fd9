package org.rejoin.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A step has landed in someone's inbox: a new task offered to its candidate groups or users, or a task handed
 * to a colleague ({@code assignee} then names them). Published with the inbox's own write, so whoever listens
 * (notifications) hears of it once the row exists. {@code offerId}: one per offer, the same on redelivery.
 * Who can take it is asked of {@link InboxService#peopleWhoCanTake}; the event carries no pupil data.
 */
public record StepOffered(UUID offerId, UUID taskId, UUID caseId, UUID schoolId, UUID agencyId, String processId,
                          String elementId, String stepName, Instant dueDate, String assignee) {
}
