package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.UUID;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.inbox.InboxService;
import org.rejoin.journey.JourneyProcess.Elements;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.rejoin.security.SchoolStaff;
import org.springframework.stereotype.Component;

/**
 * A colleague has not answered step 5 by its due date: their task is marked as reminded (it rises in
 * their inbox and says so), and the reminder is part of the case's story.
 */
@Component
public class ColleagueReminderWorker {

    private final InboxService inbox;
    private final Chronology chronology;
    private final SchoolStaff staff;

    ColleagueReminderWorker(InboxService inbox, Chronology chronology, SchoolStaff staff) {
        this.inbox = inbox;
        this.chronology = chronology;
        this.staff = staff;
    }

    @JobWorker(type = JobTypes.REMIND_COLLEAGUE, fetchVariables = {Variables.CASE_ID, Variables.SCHOOL_ID,
            Variables.COLLEAGUE})
    public void remind(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID caseId = variables.uuid(Variables.CASE_ID);
        String colleague = variables.text(Variables.COLLEAGUE);
        inbox.remind(caseId, Elements.COLLEAGUE_INFORMATION, colleague);
        String name = staff.member(variables.uuid(Variables.SCHOOL_ID), colleague)
                .map(SchoolStaff.StaffMember::label).orElse(colleague);
        chronology.record(new NewEntry(caseId, EntryKind.ESCALATION, null, null, "Reminder sent to " + name,
                "Their information for step 5 was due and has not come yet.", java.util.Map.of(),
                variables.sourceKey()));
    }
}
