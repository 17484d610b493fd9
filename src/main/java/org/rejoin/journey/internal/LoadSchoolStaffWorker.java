package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import org.rejoin.engine.JobVariables;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.SchoolStaff.StaffMember;
import org.springframework.stereotype.Component;

/** Offers the forms the school's people by name: champions for the lead, all staff for the team. */
@Component
public class LoadSchoolStaffWorker {

    private final SchoolStaff staff;

    LoadSchoolStaffWorker(SchoolStaff staff) {
        this.staff = staff;
    }

    @JobWorker(type = JobTypes.LOAD_SCHOOL_STAFF, fetchVariables = Variables.SCHOOL_ID)
    public Map<String, Object> load(ActivatedJob job) {
        var school = JobVariables.of(job).uuid(Variables.SCHOOL_ID);
        return Map.of(
                Variables.CHAMPION_OPTIONS, options(staff.of(school, Role.ATTENDANCE_CHAMPION)),
                Variables.STAFF_OPTIONS, options(staff.of(school, Role.ATTENDANCE_CHAMPION, Role.SCHOOL_STAFF,
                        Role.LEADER)));
    }

    private static List<Map<String, String>> options(List<StaffMember> members) {
        return members.stream().map(m -> Map.of("label", m.label(), "value", m.username())).toList();
    }
}
