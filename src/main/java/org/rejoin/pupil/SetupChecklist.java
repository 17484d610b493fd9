package org.rejoin.pupil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rejoin.security.AdminScope;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.SchoolStaff.StaffMember;
import org.rejoin.security.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a new school still has to do, in the order it does it: term dates, staff, roster, contacts, the first
 * attendance import. Shown to the school's administrator and leaders until every step is done.
 */
@Service
public class SetupChecklist {

    private final JdbcTemplate jdbc;
    private final SchoolStaff staff;
    private final AuditTrail audit;
    private final Clock clock;

    SetupChecklist(JdbcTemplate jdbc, SchoolStaff staff, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SetupStep> stepsFor(UserAccount user, UUID schoolId) {
        boolean leader = user.role() == Role.LEADER && schoolId != null && schoolId.equals(user.schoolId());
        if (!leader && !AdminScope.administers(user, schoolId)) {
            audit.deniedAccess(user, "school", schoolId);
            throw new RecordNotFoundException("No such school");
        }
        LocalDate today = LocalDate.now(clock);
        return List.of(calendar(schoolId, today), staff(schoolId), roster(schoolId), contacts(schoolId, today),
                attendance(schoolId));
    }

    public static boolean allDone(List<SetupStep> steps) {
        return steps.stream().allMatch(SetupStep::done);
    }

    private SetupStep calendar(UUID schoolId, LocalDate today) {
        int terms = count("select count(*) from school_term where school_id = ? and ends_on >= ?", schoolId, today);
        return new SetupStep("Term dates", terms > 0, terms > 0 ? "" : "No term dates from today on: deadlines are "
                + "counted in school days, so add this school year's terms, INSET days and closures.", "admin/calendar");
    }

    private SetupStep staff(UUID schoolId) {
        List<StaffMember> people = staff.of(schoolId, Role.ATTENDANCE_CHAMPION, Role.LEADER, Role.SCHOOL_STAFF);
        boolean champion = people.stream().anyMatch(p -> p.role() == Role.ATTENDANCE_CHAMPION);
        boolean leader = people.stream().anyMatch(p -> p.role() == Role.LEADER);
        boolean lead = people.stream().anyMatch(StaffMember::safeguardingLead);
        StringBuilder missing = new StringBuilder();
        if (!champion) {
            missing.append("No attendance champion: concerns have nobody to go to. ");
        }
        if (!leader) {
            missing.append("No leader: nobody sees the school's figures or approves plans. ");
        }
        if (!lead) {
            missing.append("No designated safeguarding lead is named: safeguarding concerns go to the leaders.");
        }
        return new SetupStep("Staff accounts", champion && leader && lead, missing.toString().strip(), "admin/staff");
    }

    private SetupStep roster(UUID schoolId) {
        int pupils = count("select count(*) from pupil where school_id = ?", schoolId);
        return new SetupStep("Pupil roster", pupils > 0, pupils > 0 ? ""
                : "No pupils on roll: import the roster from your MIS.", "admin/roster");
    }

    private SetupStep contacts(UUID schoolId, LocalDate today) {
        int without = count("""
                select count(*) from pupil p where p.school_id = ? and (p.leaving_date is null or p.leaving_date > ?)
                and not exists (select 1 from pupil_contact c where c.pupil_id = p.id)""", schoolId, today);
        int pupils = count("select count(*) from pupil where school_id = ?", schoolId);
        boolean done = pupils > 0 && without == 0;
        return new SetupStep("Parents and carers", done, done ? "" : pupils == 0
                ? "Import the roster first, then the contacts export."
                : "%,d pupils on roll have no parent or carer recorded: import the MIS contacts export.".formatted(
                        without), "admin/roster");
    }

    private SetupStep attendance(UUID schoolId) {
        int imports = count("select count(*) from attendance_import where school_id = ? and status = 'SUCCEEDED'",
                schoolId);
        return new SetupStep("First attendance import", imports > 0, imports > 0 ? ""
                : "No attendance imported yet: an attendance champion or leader imports the weekly export.",
                "attendance/import");
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
