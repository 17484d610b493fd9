package org.rejoin.inbox.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.rejoin.inbox.InboxService;
import org.springframework.stereotype.Component;

/**
 * A process that has just closed steps of its own (an interrupting event: a referral withdrawn, a proposal
 * withdrawn) takes them out of the inboxes at once with a service task of type {@value #JOB_TYPE}, instead of
 * leaving them until the reconciler's next pass. It checks every open step of the job's process instance.
 */
@Component
public class DropClosedStepsWorker {

    public static final String JOB_TYPE = "rejoin.inbox.drop-closed-steps";

    private final InboxService inbox;

    DropClosedStepsWorker(InboxService inbox) {
        this.inbox = inbox;
    }

    @JobWorker(type = JOB_TYPE, fetchVariables = {})
    public void drop(ActivatedJob job) {
        inbox.dropStepsClosedBy(job.getProcessInstanceKey());
    }
}
