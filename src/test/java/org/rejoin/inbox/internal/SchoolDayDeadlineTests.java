package org.rejoin.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolCalendar.DateRange;
import org.rejoin.pupil.SchoolService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deadlines counted in the pupil's school days, from a task header the process designer sets. */
@org.rejoin.RejoinTest
class SchoolDayDeadlineTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    CamundaClient engine;
    @Autowired
    ProcessModels models;
    @Autowired
    SchoolService schools;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dueIsTheEndOfTheNthSchoolDaySkippingHalfTermAndHolidays() {
        var calendar = new SchoolCalendar(List.of(new DateRange(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18))),
                List.of(new DateRange(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30))), Set.of());
        Instant fridayBeforeHalfTerm = LocalDate.of(2026, 10, 23).atTime(10, 0).atZone(LONDON).toInstant();
        assertThat(SchoolDayDeadline.due(calendar, fridayBeforeHalfTerm, 2))
                .isEqualTo(LocalDate.of(2026, 11, 3).atTime(16, 0).atZone(LONDON).toInstant());
    }

    @Test
    void aTaskWithTheHeaderIsDueInSchoolDaysOfThePupilsSchool() {
        var school = schools.create(TestData.uniqueUrn(),
                "Deadline School", "Testshire");
        LocalDate today = LocalDate.now(LONDON);
        schools.addTerm(school.id(), "This year", today.minusDays(30), today.plusDays(200));
        // a closure in the next fortnight, so calendar days and school days differ
        schools.addClosure(school.id(), today.plusDays(1), today.plusDays(7), "Half term");
        String processId = "school-day-deadline-" + UUID.randomUUID().toString().substring(0, 8);
        var model = Bpmn.createExecutableProcess(processId).startEvent()
                .userTask("Task_Respond").name("Respond to the invitation")
                .zeebeTaskHeader(SchoolDayDeadline.HEADER, "responseDays").endEvent().done();
        models.learn(new ByteArrayInputStream(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)));
        engine.newDeployResourceCommand().useGrpc().addProcessModel(model, processId + ".bpmn").send().join();

        long instance = engine.newCreateInstanceCommand().useGrpc().bpmnProcessId(processId).latestVersion()
                .variables(Map.of("schoolId", school.id().toString(), "responseDays", 3)).send().join()
                .getProcessInstanceKey();

        Instant due = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select due_date from task where process_instance_key = ?", java.sql.Timestamp.class, instance)
                .stream().findFirst().map(java.sql.Timestamp::toInstant).orElse(null), d -> d != null);
        Instant expected = schools.calendar(school.id()).addSchoolDays(today, 3).atTime(16, 0).atZone(LONDON).toInstant();
        assertThat(due).isEqualTo(expected);
        assertThat(expected).isAfter(today.plusDays(8).atStartOfDay(LONDON).toInstant());
    }
}
