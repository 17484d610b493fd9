package org.rejoin.operations;

import java.util.List;
import org.rejoin.engine.Incidents;
import org.rejoin.engine.Incidents.RetryOutcome;
import org.rejoin.engine.JobIncident;
import org.rejoin.notification.Delivery;
import org.rejoin.notification.NotificationService;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Administrators see the jobs the app gave up on and retry them once the cause is fixed. Only
 * administrators: an incident's message can name a pupil's record, and retrying changes a process.
 */
@Service
public class IncidentService {

    private final Incidents incidents;
    private final AuditTrail audit;
    private final NotificationService notifications;

    IncidentService(Incidents incidents, AuditTrail audit, NotificationService notifications) {
        this.incidents = incidents;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** Emails given up on after their last attempt, newest first (administrators only). */
    public List<Delivery> undeliveredEmails(UserAccount user, Pageable page) {
        return notifications.undelivered(user, page.getPageSize(), page.getOffset());
    }

    public long undeliveredEmailCount(UserAccount user) {
        return notifications.undeliveredCount(user);
    }

    /** Puts a failed email back in the queue, once its cause (the mail server, an address) is fixed. */
    public boolean sendEmailAgain(UserAccount user, java.util.UUID notificationId) {
        return notifications.sendAgain(user, notificationId);
    }

    /** One page of the open incidents, newest first; the list pages lazily, so it is not counted here. */
    public List<JobIncident> open(UserAccount user, Pageable page) {
        return isAdmin(user) ? incidents.open(page.getPageSize(), page.getOffset()) : List.of();
    }

    public long openCount(UserAccount user) {
        return isAdmin(user) ? incidents.openCount() : 0;
    }

    public RetryOutcome retry(UserAccount user, long jobKey) {
        JobIncident incident = incidents.find(jobKey).filter(found -> isAdmin(user)).orElse(null);
        if (incident == null) {
            audit.deniedAccess(user, "job_incident", jobKey);
            throw new IllegalArgumentException("No such incident");
        }
        if (!incident.open()) {
            throw new IllegalStateException("This incident was already retried by " + incident.retriedBy());
        }
        RetryOutcome outcome = incidents.retry(jobKey, user.username());
        audit.record(user.username(), "INCIDENT_RETRIED", "job_incident", jobKey,
                incident.elementId() + " in " + incident.processId() + ": " + outcome);
        return outcome;
    }

    private static boolean isAdmin(UserAccount user) {
        return user.role() == Role.ADMIN;
    }
}
