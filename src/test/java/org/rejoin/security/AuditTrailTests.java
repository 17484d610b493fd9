package org.rejoin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.base.ui.UkDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The audit trail on PostgreSQL: reads are on it, nobody can change it, and who may search it sees what. */
@org.rejoin.RejoinTest
class AuditTrailTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditSearch search;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseService cases;
    @Autowired
    PupilService pupils;
    @Autowired
    Chronology chronology;
    @Autowired
    SchoolStaff staff;

    SchoolInfo school;
    UserAccount champion;
    UserAccount leader;
    UserAccount admin;
    UUID pupilId;
    UUID caseId;

    @BeforeEach
    void aSchoolWithACase() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, null);
        leader = data.staff(school, Role.LEADER, null);
        admin = data.admin();
        pupilId = data.pupil(school, "Audited");
        caseId = UUID.randomUUID();
        jdbc.update("insert into pupil_case (id, pupil_id, school_id, origin, reason, opened_by) "
                + "values (?, ?, ?, 'BY_HAND', 'audit test', 'test')", caseId, pupilId, school.id());
    }

    @Test
    void theApplicationsOwnDatabaseRoleCannotChangeRemoveOrEmptyTheTrail() {
        audit.record(champion.username(), "CASE_READ", "case", caseId, "original");
        long id = jdbc.queryForObject("select max(id) from audit_event where actor = ?", Long.class, champion.username());

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");

        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
                .isEqualTo("original");
    }

    @Test
    void openingACasePupilAndSafeguardingEntriesIsAuditedAndSoIsNamingASafeguardingLead() {
        assertThat(cases.open(champion, caseId)).isPresent();
        assertThat(pupils.open(champion, pupilId)).isPresent();
        chronology.record(new NewEntry(caseId, EntryKind.SAFEGUARDING, Instant.now(), champion.username(),
                "Safeguarding concern raised", "Bruises on the arm", Map.of(), "audit-test:" + caseId));
        assertThat(chronology.entries(leader, caseId, Set.of(EntryKind.SAFEGUARDING), PageRequest.of(0, 10)))
                .hasSize(1);
        UserAccount dsl = data.staff(school, Role.SCHOOL_STAFF, "DSL");
        staff.designateSafeguardingLead(admin, dsl.id(), true);

        assertThat(audit.count("CASE_READ", "case", caseId)).isOne();
        assertThat(audit.count("PUPIL_READ", "pupil", pupilId)).isOne();
        assertThat(audit.count("SAFEGUARDING_READ", "case", caseId)).isOne();
        assertThat(audit.count("ACCOUNT_CHANGED", "user", dsl.id())).isOne();
        UserAccount otherChampion = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        assertThat(cases.open(otherChampion, caseId)).isEmpty();
        assertThat(audit.count("CASE_READ", "case", caseId)).as("a refusal is not a read").isOne();
        assertThat(audit.count("ACCESS_DENIED", "case", caseId)).isOne();
    }

    @Test
    void anAdministratorSearchesByPersonRecordAndDateALeaderOnlyTheirSchoolsPeopleAndNobodyElse() {
        cases.open(champion, caseId);
        UserAccount otherChampion = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        audit.record(otherChampion.username(), "CASE_READ", "case", caseId, "another school's person");
        LocalDate today = LocalDate.now(UkDates.ZONE);

        var byRecord = search.search(admin, new AuditQuery(null, caseId.toString(), today, today), PageRequest.of(0, 10));
        assertThat(byRecord.getContent()).extracting(AuditEvent::actor)
                .containsExactly(otherChampion.username(), champion.username());
        assertThat(byRecord.getContent()).extracting(AuditEvent::who).containsExactly(
                otherChampion.displayName() + " (" + otherChampion.username() + ")",
                champion.displayName() + " (" + champion.username() + ")");
        assertThat(search.search(admin, new AuditQuery(champion.username().toUpperCase(), caseId.toString(), null,
                null), PageRequest.of(0, 10)).getContent()).extracting(AuditEvent::action).containsExactly("CASE_READ");
        assertThat(search.search(admin, new AuditQuery(null, caseId.toString(), today.plusDays(1), null),
                PageRequest.of(0, 10))).as("nothing from tomorrow").isEmpty();

        assertThat(search.search(leader, new AuditQuery(null, caseId.toString(), null, null), PageRequest.of(0, 10))
                .getContent()).extracting(AuditEvent::actor).containsExactly(champion.username());

        assertThatThrownBy(() -> search.search(champion, AuditQuery.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(search.search(admin, new AuditQuery(leader.username(), null, null, null), PageRequest.of(0, 10))
                .getContent()).extracting(AuditEvent::action).contains("AUDIT_SEARCHED");
    }
}
