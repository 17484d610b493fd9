package org.rejoin.ladder.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.rejoin.engine.JobVariables;
import org.rejoin.ladder.FormalSupportProcess.JobTypes;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.springframework.stereotype.Component;

/** The ladder's end events: the ladder ends on the record with its outcome (header {@code outcome}). */
@Component
public class EndLadderWorker {

    private final LadderStore store;

    EndLadderWorker(LadderStore store) {
        this.store = store;
    }

    @JobWorker(type = JobTypes.END, fetchVariables = {Variables.LADDER_ID})
    public Map<String, Object> end(ActivatedJob job) {
        store.end(JobVariables.of(job).uuid(Variables.LADDER_ID), job.getCustomHeaders().get("outcome"));
        return Map.of();
    }
}
