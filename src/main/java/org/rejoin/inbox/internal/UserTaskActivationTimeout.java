package org.rejoin.inbox.internal;

import io.camunda.client.annotation.customizer.JobWorkerValueCustomizer;
import io.camunda.client.annotation.value.JobWorkerValue;
import org.springframework.stereotype.Component;

/** Sets the user-task worker's activation timeout from rejoin.inbox.activation-timeout (default 5 minutes). */
@Component
class UserTaskActivationTimeout implements JobWorkerValueCustomizer {

    private final InboxProperties properties;

    UserTaskActivationTimeout(InboxProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JobWorkerValue worker) {
        if (UserTaskJob.TYPE.equals(worker.getType())) {
            worker.setTimeout(properties.activationTimeout());
        }
    }
}
