package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.springframework.stereotype.Component;

/** The journey has not reached its plan within the time limit: recorded before the leader's task appears. */
@Component
public class TimeLimitReachedWorker {

    private final Chronology chronology;

    TimeLimitReachedWorker(Chronology chronology) {
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.RECORD_TIME_LIMIT, fetchVariables = {Variables.CASE_ID, Variables.TIME_LIMIT_DAYS})
    public void record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        String days = variables.textOrNull(Variables.TIME_LIMIT_DAYS);
        chronology.record(new NewEntry(variables.uuid(Variables.CASE_ID), EntryKind.ESCALATION, null, null,
                "No plan after " + (days == null ? "the time limit" : days + " school days") + ": escalated to leaders",
                "The journey goes on; a leader has a task to look at what is holding it up.", Map.of(),
                variables.sourceKey()));
    }
}
