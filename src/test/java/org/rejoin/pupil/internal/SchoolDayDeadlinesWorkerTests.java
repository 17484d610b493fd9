package org.rejoin.pupil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolCalendar.DateRange;
import org.rejoin.pupil.SchoolService;

/** Timer dates in school days: forwards from today, or back from a date the process holds. */
class SchoolDayDeadlinesWorkerTests {

    // autumn term 2026 with half term 26-30 October and no bank holidays in it
    static final SchoolCalendar AUTUMN = new SchoolCalendar(
            List.of(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18))),
            List.of(new DateRange(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30))), Set.of());

    @Test
    void countsForwardFromTodayInSchoolDaysFromANumberOrAVariable() {
        LocalDate friday = LocalDate.of(2026, 10, 23);

        assertThat(SchoolDayDeadlinesWorker.deadline("1", Map.of(), AUTUMN, friday).toString())
                .isEqualTo("2026-11-02T16:00Z"); // the Monday after half term, GMT
        assertThat(SchoolDayDeadlinesWorker.deadline("limit", Map.of("limit", 5), AUTUMN, friday).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void countsBackFromADateTheProcessHolds() {
        var variables = Map.<String, Object>of("partTimeEndDate", "2026-11-03");

        assertThat(SchoolDayDeadlinesWorker.deadline("3 before partTimeEndDate", variables, AUTUMN,
                LocalDate.of(2026, 10, 1)).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 22)); // Mon 2 Nov, half term, Fri 23, Thu 22
    }

    @Test
    void aMissingDateOrNumberSaysWhich() {
        assertThatThrownBy(() -> SchoolDayDeadlinesWorker.deadline("3 before endDate", Map.of(), AUTUMN,
                LocalDate.of(2026, 10, 1))).hasMessageContaining("'endDate'");
        assertThatThrownBy(() -> SchoolDayDeadlinesWorker.deadline("days", Map.of(), AUTUMN,
                LocalDate.of(2026, 10, 1))).hasMessageContaining("variable 'days'");
    }

    @Test
    void theWorkerCountsFromTheAppsTodayNotTheWallClocks() {
        // the app's clock on Friday 23 October 2026 (the demo sets it back): the deadline is the Monday after half term
        Clock friday = Clock.fixed(Instant.parse("2026-10-23T09:00:00Z"), UkDates.ZONE);
        UUID schoolId = UUID.randomUUID();
        SchoolService schools = mock(SchoolService.class);
        when(schools.calendar(schoolId)).thenReturn(AUTUMN);
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getVariablesAsMap()).thenReturn(Map.of("schoolId", schoolId.toString()));
        when(job.getCustomHeaders()).thenReturn(Map.of(SchoolDayDeadlinesWorker.HEADER, "journeyDeadline=1"));

        assertThat(new SchoolDayDeadlinesWorker(schools, friday).deadlines(job))
                .containsExactly(Map.entry("journeyDeadline", "2026-11-02T16:00Z"));
    }
}
