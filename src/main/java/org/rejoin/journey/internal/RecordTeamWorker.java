package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.SchoolStaff.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Step 3's team becomes the case's team: the lead champion, the key adult and the colleagues asked in
 * step 5, each checked to be enabled staff of the pupil's school (they will see the case).
 */
@Component
public class RecordTeamWorker {

    private final SchoolStaff staff;
    private final CaseService cases;
    private final Chronology chronology;

    RecordTeamWorker(SchoolStaff staff, CaseService cases, Chronology chronology) {
        this.staff = staff;
        this.cases = cases;
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.RECORD_TEAM, fetchVariables = {Variables.CASE_ID, Variables.SCHOOL_ID,
            Variables.LEAD_CHAMPION, Variables.KEY_ADULT, Variables.COLLEAGUES})
    public Map<String, Object> record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID caseId = variables.uuid(Variables.CASE_ID);
        UUID school = variables.uuid(Variables.SCHOOL_ID);
        StaffMember lead = member(school, variables.text(Variables.LEAD_CHAMPION), "lead champion");
        StaffMember keyAdult = member(school, variables.text(Variables.KEY_ADULT), "key adult");
        List<StaffMember> colleagues = new ArrayList<>();
        for (String username : variables.texts(Variables.COLLEAGUES)) {
            colleagues.add(member(school, username, "colleague"));
        }
        List<String> usernames = colleagues.stream().map(StaffMember::username).toList();
        cases.recordTeam(caseId, lead.username(), keyAdult.username(), usernames);
        String asked = colleagues.isEmpty() ? "no colleagues to ask"
                : "colleagues asked: " + String.join(", ", colleagues.stream().map(StaffMember::label).toList());
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null, "Team assembled",
                "Lead champion " + lead.label() + "; key adult " + keyAdult.label() + "; " + asked + ".",
                Map.of(), variables.sourceKey()));
        // the usernames as stored (their case as the school spells them), so the inbox finds the assignees
        return Map.of(Variables.LEAD_CHAMPION, lead.username(), Variables.KEY_ADULT, keyAdult.username(),
                Variables.COLLEAGUES, usernames);
    }

    private StaffMember member(UUID school, String username, String role) {
        return staff.member(school, username).orElseThrow(() -> new IllegalArgumentException(
                "The " + role + " '" + username + "' is not an active member of staff at the pupil's school"));
    }
}
