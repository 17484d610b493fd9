package org.rejoin.inbox.internal;

import org.rejoin.security.AccountDeactivated;
import org.rejoin.security.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an account is deactivated, the steps its holder had claimed or was given go back to their groups at
 * once: this runs inside the deactivation's own transaction, so no step is left with someone who cannot sign in.
 */
@Component
class StepsOfDeactivatedStaff {

    private final TaskStore tasks;
    private final AuditTrail audit;

    StepsOfDeactivatedStaff(TaskStore tasks, AuditTrail audit) {
        this.tasks = tasks;
        this.audit = audit;
    }

    @EventListener
    void returnToGroups(AccountDeactivated event) {
        int released = tasks.releaseAllHeldBy(event.username());
        if (released > 0) {
            audit.record(event.deactivatedBy(), "STEPS_RETURNED_TO_GROUPS", "app_user", event.accountId(),
                    released + " open steps of " + event.username());
        }
    }
}
