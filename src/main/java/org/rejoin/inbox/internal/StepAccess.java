package org.rejoin.inbox.internal;

import java.util.Optional;
import java.util.UUID;
import org.rejoin.inbox.InboxTask;
import org.rejoin.security.CaseVisibility;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may do what with a step (architecture rule 18). A person reaches a step
 * when {@link TaskScope} finds it (offered to them, or a leader's school step) and, for a step of a case,
 * they may see that case; a confidential (safeguarding) step only while they are one of the school's
 * designated safeguarding leads (or, where a school has none, its leaders). Opening, claiming, being handed,
 * completing a step and reading its "case so far" all ask here; views never decide it themselves.
 */
@Component
public class StepAccess {

    private final TaskQueries queries;
    private final CaseVisibility cases;
    private final SchoolStaff staff;

    StepAccess(TaskQueries queries, CaseVisibility cases, SchoolStaff staff) {
        this.queries = queries;
        this.cases = cases;
        this.staff = staff;
    }

    /** The step with its variables, or empty when this person may not reach it (the caller audits). */
    public Optional<InboxTask> reach(UserAccount user, UUID taskId) {
        return queries.find(taskId, TaskScope.of(user)).filter(task -> beyondSql(user, task));
    }

    /** Whether the person may see the steps of this case on its page and in a step's "case so far". */
    public boolean maySeeStepsOfCase(UserAccount user, UUID caseId) {
        if (caseId == null || TaskScope.of(user).reachesNothing()) {
            return false;
        }
        // partners never see a case: their agency's partner steps are scoped in SQL by the referral's agency
        return !user.role().belongsToSchool() || !cases.hidesCaseFrom(user, caseId);
    }

    private boolean beyondSql(UserAccount user, InboxTask task) {
        if (task.caseId() != null && user.role().belongsToSchool() && cases.hidesCaseFrom(user, task.caseId())) {
            return false;
        }
        return !task.confidential() || (task.schoolId() != null && staff.safeguardingLeads(task.schoolId()).stream()
                .anyMatch(lead -> lead.equalsIgnoreCase(user.username())));
    }
}
