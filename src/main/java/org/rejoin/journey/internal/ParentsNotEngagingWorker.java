package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.springframework.stereotype.Component;

/** Two invitations without engagement: the escalation to the Attendance Improvement Officer is recorded. */
@Component
public class ParentsNotEngagingWorker {

    private final Chronology chronology;

    ParentsNotEngagingWorker(Chronology chronology) {
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.PARENTS_NOT_ENGAGING, fetchVariables = Variables.CASE_ID)
    public void record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        chronology.record(new NewEntry(variables.uuid(Variables.CASE_ID), EntryKind.ESCALATION, null, null,
                "Parents or carers have not engaged after two invitations",
                "A referral to the Attendance Improvement Officer is now needed; the champion has a task to make it.",
                Map.of(), variables.sourceKey()));
    }
}
