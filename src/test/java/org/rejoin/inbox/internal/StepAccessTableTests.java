package org.rejoin.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoin.inbox.internal.StepAccessTableTests.Who.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskNotFoundException;
import org.rejoin.inbox.ui.TaskView;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every user task of every BPMN file in bpmn/ × every kind of person: who may open the step by its address
 * (/tasks/{id}, browserless) and through the inbox service, claim it, be handed it, and read its "case so far".
 * The step kinds are read from the BPMN files themselves and each task row is made as the inbox's worker makes
 * it (candidate groups, candidate users, assignee and the confidential header from the BPMN); the expected
 * access is the explicit table below, so a new user task without its row, or a row without its task, fails.
 */
class StepAccessTableTests extends ViewTestSupport {

    enum Who {
        /** the case's lead champion (the assignee of "=leadChampion") */ LEAD_CHAMPION,
        /** another champion of the school */ CHAMPION,
        /** the key adult: school staff on the team (the assignee of "=keyAdult") */ KEY_ADULT,
        /** a colleague on the team (the assignee of "=colleague") */ COLLEAGUE,
        /** school staff not on the case's team */ STAFF,
        LEADER,
        /** school staff named the designated safeguarding lead (the candidate user of "=safeguardingLeads") */ DSL,
        /** a partner of the agency the referral went to */ PARTNER,
        OTHER_AGENCY_PARTNER, OTHER_SCHOOL_CHAMPION, OTHER_SCHOOL_LEADER, LOCAL_AUTHORITY_OFFICER, ADMIN
    }

    private static final Set<Who> CHAMPION_STEP = EnumSet.of(LEAD_CHAMPION, CHAMPION, LEADER);
    private static final Set<Who> KEY_ADULT_STEP = EnumSet.of(KEY_ADULT, LEAD_CHAMPION, CHAMPION, LEADER);
    private static final Set<Who> LEADER_STEP = EnumSet.of(LEADER);
    private static final Set<Who> PARTNER_STEP = EnumSet.of(PARTNER);
    private static final Set<Who> SAFEGUARDING_STEP = EnumSet.of(DSL);

    /** process id/element id -> who may reach it. Add a row for every new user task. */
    private static final Map<String, Set<Who>> EXPECTED = new LinkedHashMap<>();

    static {
        String journey = "barrier-understanding/";
        for (String champion : List.of("Task_ActOnDrop", "Task_GatherEvidence", "Task_AssembleTeam",
                "Task_GatherPupilInformation", "Task_InviteParents", "Task_RecordParentResponse",
                "Task_RecordParentMeeting", "Task_SecondInvitation", "Task_RecordSecondParentResponse",
                "Task_CreatePlan")) {
            EXPECTED.put(journey + champion, CHAMPION_STEP);
        }
        EXPECTED.put(journey + "Task_ColleagueInformation", EnumSet.of(COLLEAGUE, LEADER));
        EXPECTED.put(journey + "Task_HearFromPupil", KEY_ADULT_STEP);
        EXPECTED.put(journey + "Task_JourneyOverdue", LEADER_STEP);
        EXPECTED.put(journey + "Task_RespondToSafeguardingConcern", SAFEGUARDING_STEP);

        String referral = "multi-agency-referral/";
        EXPECTED.put(referral + "Task_DescribeReferral", CHAMPION_STEP);
        EXPECTED.put(referral + "Task_ApproveReferral", LEADER_STEP);
        EXPECTED.put(referral + "Task_AcceptOrDecline", PARTNER_STEP);
        EXPECTED.put(referral + "Task_ChaseAgency", LEADER_STEP);
        EXPECTED.put(referral + "Task_ReviewAlternatives", CHAMPION_STEP);
        EXPECTED.put(referral + "Task_Assessment", PARTNER_STEP);
        EXPECTED.put(referral + "Task_Recommendations", PARTNER_STEP);
        EXPECTED.put(referral + "Task_JoinPlanReview", PARTNER_STEP);

        EXPECTED.put("safeguarding-concern/Task_RespondToSafeguardingConcern", SAFEGUARDING_STEP);
        EXPECTED.put("family-change-request/Task_RespondToFamily", CHAMPION_STEP);

        String plan = "stepped-support-plan/";
        EXPECTED.put(plan + "Task_GatherViews", CHAMPION_STEP);
        EXPECTED.put(plan + "Task_AgreeGoalsAndSteps", CHAMPION_STEP);
        EXPECTED.put(plan + "Task_Review", KEY_ADULT_STEP);
        EXPECTED.put(plan + "Task_ReviewOverdue", LEADER_STEP);
        EXPECTED.put(plan + "Task_AdaptStep", KEY_ADULT_STEP);
        EXPECTED.put(plan + "Task_RespondToSafeguardingConcern", SAFEGUARDING_STEP);
        EXPECTED.put(plan + "Task_RecordPartTimeTimetable", CHAMPION_STEP);
        EXPECTED.put(plan + "Task_SignOffPartTimeTimetable", LEADER_STEP);
        EXPECTED.put(plan + "Task_ReviewPartTimeTimetable", CHAMPION_STEP);
        EXPECTED.put(plan + "Task_PartTimeExpired", LEADER_STEP);

        String thresholds = "statutory-threshold/";
        EXPECTED.put(thresholds + "Task_ConsiderNationalFramework", CHAMPION_STEP);
        EXPECTED.put(thresholds + "Task_TellLocalAuthority", CHAMPION_STEP);

        // the statutory ladder: legal steps are the leaders' alone; a partner never sees them
        String ladder = "formal-support/";
        EXPECTED.put(ladder + "Task_AgreeContract", CHAMPION_STEP);
        EXPECTED.put(ladder + "Task_ReviewSupport", CHAMPION_STEP);
        EXPECTED.put(ladder + "Task_DecideLegalIntervention", LEADER_STEP);
        EXPECTED.put(ladder + "Task_RequestPenaltyNotice", LEADER_STEP);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestData data;
    @Autowired
    TaskStore store;
    @Autowired
    InboxService inbox;
    @Autowired
    AgencyService agencies;
    @Autowired
    SchoolStaff schoolStaff;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<Who, UserAccount> people = new EnumMap<>(Who.class);
    private SchoolInfo school;
    private UUID caseId;
    private UUID pupilId;
    private UUID agencyId;

    @BeforeEach
    void aCaseWithItsTeamAndEveryoneAroundIt() throws IOException {
        school = data.school();
        SchoolInfo otherSchool = data.school();
        agencyId = agencies.create("Early Help " + school.urn(), AgencyType.EARLY_HELP, "Testshire").id();
        UUID otherAgency = agencies.create("CAMHS " + school.urn(), AgencyType.MENTAL_HEALTH_SUPPORT, "Testshire").id();
        people.put(LEAD_CHAMPION, data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion"));
        people.put(CHAMPION, data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion"));
        people.put(KEY_ADULT, data.staff(school, Role.SCHOOL_STAFF, "Form tutor"));
        people.put(COLLEAGUE, data.staff(school, Role.SCHOOL_STAFF, "Head of year"));
        people.put(STAFF, data.staff(school, Role.SCHOOL_STAFF, "Teacher"));
        people.put(LEADER, data.staff(school, Role.LEADER, "Deputy head"));
        people.put(DSL, data.staff(school, Role.SCHOOL_STAFF, "Designated safeguarding lead"));
        people.put(PARTNER, data.partner(agencyId));
        people.put(OTHER_AGENCY_PARTNER, data.partner(otherAgency));
        people.put(OTHER_SCHOOL_CHAMPION, data.staff(otherSchool, Role.ATTENDANCE_CHAMPION, null));
        people.put(OTHER_SCHOOL_LEADER, data.staff(otherSchool, Role.LEADER, null));
        people.put(LOCAL_AUTHORITY_OFFICER, data.localAuthorityOfficer("Testshire"));
        people.put(ADMIN, data.admin());
        schoolStaff.designateSafeguardingLead(people.get(ADMIN), people.get(DSL).id(), true);

        pupilId = data.pupil(school, "Steps");
        caseId = UUID.randomUUID();
        jdbc.update("insert into pupil_case (id, pupil_id, school_id, origin, reason, opened_by) "
                + "values (?, ?, ?, 'BY_HAND', 'step access test', 'test')", caseId, pupilId, school.id());
        jdbc.update("insert into case_member (case_id, username, team_role) values (?, ?, 'LEAD_CHAMPION'), "
                        + "(?, ?, 'KEY_ADULT'), (?, ?, 'COLLEAGUE')", caseId, people.get(LEAD_CHAMPION).username(),
                caseId, people.get(KEY_ADULT).username(), caseId, people.get(COLLEAGUE).username());
        // a step already done, for "the case so far"
        UUID done = store.upsert(job(new StepKind("barrier-understanding", "Task_ActOnDrop", null,
                "ATTENDANCE_CHAMPION", null, false)));
        store.markCompleted(done, people.get(LEAD_CHAMPION).username(), "{\"decision\": \"confirmed\"}");
    }

    @Test
    void everyStepKindOfEveryProcessHasItsRowAndEveryRowItsStep() throws IOException {
        Set<String> inBpmn = new TreeSet<>();
        userTasks().forEach(t -> inBpmn.add(t.key()));
        assertThat(new TreeSet<>(EXPECTED.keySet())).as("the expected-access table against bpmn/*.bpmn")
                .isEqualTo(inBpmn);
    }

    @Test
    void eachStepReachesExactlyThoseItIsForByAddressAndThroughTheInbox() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (StepKind kind : userTasks().toList()) {
            Set<Who> expected = EXPECTED.getOrDefault(kind.key(), Set.of());
            UUID taskId = store.upsert(job(kind));
            for (Who who : Who.values()) {
                UserAccount person = people.get(who);
                boolean byService = inbox.task(person, taskId).isPresent();
                boolean byAddress = opensByAddress(person, taskId);
                boolean seesCaseSoFar = !inbox.caseSoFar(person, taskId).isEmpty();
                boolean allowed = expected.contains(who);
                if (byService != allowed || byAddress != allowed) {
                    wrong.add(kind.key() + " " + who + ": expected " + (allowed ? "reach" : "not found")
                            + ", service " + byService + ", address " + byAddress);
                }
                if (allowed && who != PARTNER && !seesCaseSoFar) {
                    wrong.add(kind.key() + " " + who + ": cannot read the case so far");
                }
                if (!allowed) {
                    if (seesCaseSoFar) {
                        wrong.add(kind.key() + " " + who + ": reads the case so far");
                    }
                    if (!refused(() -> inbox.claim(person, taskId))) {
                        wrong.add(kind.key() + " " + who + ": claimed it");
                    }
                    if (!refused(() -> inbox.complete(person, taskId, Map.of()))) {
                        wrong.add(kind.key() + " " + who + ": completed it");
                    }
                }
            }
            boolean confidential = kind.confidential();
            for (Who who : Who.values()) {
                boolean onCasePage = inbox.openStepsOfCase(people.get(who), caseId).stream()
                        .anyMatch(t -> t.id().equals(taskId));
                boolean shouldShow = confidential ? who == DSL : isSchoolCaseReader(who)
                        || (who == PARTNER && expected.contains(PARTNER));
                if (onCasePage != shouldShow) {
                    wrong.add(kind.key() + " " + who + " on the case page: expected " + shouldShow);
                }
            }
            jdbc.update("update task set state = 'CANCELLED' where id = ?", taskId); // out of the next kinds' way
        }
        assertThat(wrong).as("who reaches which step").isEmpty();
    }

    /** True when the action says "not found"; anything else (done, closed by the process, claimed) is a hole. */
    private static boolean refused(Runnable action) {
        try {
            action.run();
            return false;
        } catch (TaskNotFoundException notFound) {
            return true;
        } catch (RuntimeException other) {
            return false;
        }
    }

    @Test
    void aStepIsHandedOnlyToSomeoneItIsOfferedTo() throws IOException {
        StepKind approve = userTasks().filter(k -> k.key().equals("multi-agency-referral/Task_ApproveReferral"))
                .findFirst().orElseThrow();
        UUID taskId = store.upsert(job(approve));

        assertThatThrownBy(() -> inbox.assign(people.get(LEADER), taskId, people.get(CHAMPION).id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offered to");
        assertThat(inbox.task(people.get(CHAMPION), taskId)).isEmpty();
    }

    /** Those who may see the case (champions, leaders, the team, the DSL) see its non-confidential steps. */
    private static boolean isSchoolCaseReader(Who who) {
        return EnumSet.of(LEAD_CHAMPION, CHAMPION, KEY_ADULT, COLLEAGUE, LEADER, DSL).contains(who);
    }

    private static final com.github.mvysny.kaributesting.v10.Routes ROUTES =
            new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("org.rejoin");

    /** In a fresh UI each time, so nothing of the previous person's page can linger. */
    private boolean opensByAddress(UserAccount person, UUID taskId) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        kotlin.jvm.functions.Function0<com.vaadin.flow.component.UI> ui = com.vaadin.flow.component.UI::new;
        com.github.mvysny.kaributesting.v10.MockVaadin.setup(ui,
                new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(ROUTES, context, ui));
        signInAs(person.username());
        try {
            navigate("tasks/" + taskId);
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException refusedByTheViewsRoles) {
            return false; // administrators and local authority officers never reach the task page at all
        }
        return currentView() == TaskView.class;
    }

    record StepKind(String processId, String elementId, String assignee, String candidateGroups,
                    String candidateUsers, boolean confidential) {
        String key() {
            return processId + "/" + elementId;
        }
    }

    /** Every user task of every BPMN file the app deploys, as the BPMN defines it. */
    static Stream<StepKind> userTasks() throws IOException {
        List<StepKind> kinds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                var model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    var assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
                    var headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
                    boolean confidential = headers != null && headers.getHeaders().stream()
                            .anyMatch(h -> "confidential".equals(h.getKey()) && "true".equalsIgnoreCase(h.getValue()));
                    kinds.add(new StepKind(processOf(task).getId(), task.getId(),
                            assignment == null ? null : assignment.getAssignee(),
                            assignment == null ? null : assignment.getCandidateGroups(),
                            assignment == null ? null : assignment.getCandidateUsers(), confidential));
                }
            }
        }
        return kinds.stream();
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance current = element.getParentElement();
        while (!(current instanceof Process)) {
            current = current.getParentElement();
        }
        return (Process) current;
    }

    /** The job the engine would hand the inbox worker for this step of our case. */
    private UserTaskJob job(StepKind kind) throws IOException {
        long key = ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE);
        Map<String, Object> variables = Map.of("caseId", caseId.toString(), "pupilId", pupilId.toString(),
                "schoolId", school.id().toString(), "agencyId", agencyId.toString(),
                "referralId", UUID.randomUUID().toString());
        return new UserTaskJob(key, key, key, kind.processId(), kind.elementId(), kind.elementId(), null, caseId,
                pupilId, school.id(), agencyId, names(kind.candidateGroups()), names(kind.candidateUsers()),
                kind.assignee() == null ? null : names(kind.assignee()).getFirst(), null, null, 50, null, null,
                JSON.writeValueAsString(variables), Instant.now().plusSeconds(3600), kind.confidential());
    }

    /** A static list as BPMN writes it, or the people an expression names in this test's case. */
    private List<String> names(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (!value.startsWith("=")) {
            return Arrays.stream(value.split(",")).map(String::strip).toList();
        }
        return switch (value.substring(1).strip()) {
            case "leadChampion" -> List.of(people.get(LEAD_CHAMPION).username());
            case "keyAdult" -> List.of(people.get(KEY_ADULT).username());
            case "colleague" -> List.of(people.get(COLLEAGUE).username());
            case "safeguardingLeads" -> List.of(people.get(DSL).username());
            default -> throw new AssertionError("A new assignment expression: say who it names in this test: " + value);
        };
    }
}
