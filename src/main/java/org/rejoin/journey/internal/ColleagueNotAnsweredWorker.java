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
import org.rejoin.security.SchoolStaff;
import org.springframework.stereotype.Component;

/** A colleague's second deadline passed: the journey goes on without them, and the chronology says so. */
@Component
public class ColleagueNotAnsweredWorker {

    private final Chronology chronology;
    private final SchoolStaff staff;

    ColleagueNotAnsweredWorker(Chronology chronology, SchoolStaff staff) {
        this.chronology = chronology;
        this.staff = staff;
    }

    @JobWorker(type = JobTypes.RECORD_NO_ANSWER, fetchVariables = {Variables.CASE_ID, Variables.SCHOOL_ID,
            Variables.COLLEAGUE})
    public void record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        String colleague = variables.text(Variables.COLLEAGUE);
        String name = staff.member(variables.uuid(Variables.SCHOOL_ID), colleague)
                .map(SchoolStaff.StaffMember::label).orElse(colleague);
        chronology.record(new NewEntry(variables.uuid(Variables.CASE_ID), EntryKind.ESCALATION, null, null,
                "Went on without " + name, "No answer came for step 5 after a reminder, so the journey carried on "
                + "without it.", Map.of(), variables.sourceKey()));
    }
}
