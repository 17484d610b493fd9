package org.rejoin.inbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Set;
import org.rejoin.base.ui.AttendanceChart;
import org.rejoin.inbox.InboxTask;
import org.rejoin.pupil.ConcernTriage;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.ui.PatternFacts;
import org.rejoin.security.UserAccount;

/**
 * The pupil's attendance on the steps that ask about it: the same pattern facts and weekly chart as the
 * case page, read from the same services, so the champion answers from the figures rather than memory.
 */
class StepAttendance extends Div {

    /** The forms whose questions are about the attendance pattern (steps 1 and 2 of the journey). */
    static final Set<String> ASKING_ABOUT_ATTENDANCE = Set.of("confirm-concern", "gather-evidence");

    static boolean wanted(InboxTask task) {
        return task.pupilId() != null && task.formId() != null && ASKING_ABOUT_ATTENDANCE.contains(task.formId());
    }

    /** @param today the app's today (docs/decisions/0011), which the pattern facts are read as of */
    StepAttendance(InboxTask task, UserAccount user, PupilService pupils, ConcernTriage triage, LocalDate today) {
        addClassName("step-attendance");
        add(new H2("The pupil's attendance"));
        triage.factsOf(user, task.pupilId(), today).ifPresent(facts -> add(new PatternFacts(facts)));
        pupils.pupil(user, task.pupilId()).filter(p -> !p.weeks().isEmpty()).ifPresentOrElse(pupil -> {
            var chart = new AttendanceChart();
            chart.setWeeks(pupil.weeks().stream()
                    .map(w -> new AttendanceChart.Week(w.weekStarting(), w.attendancePercent())).toList());
            add(chart);
        }, () -> add(new Paragraph("No attendance recorded yet.")));
    }
}
