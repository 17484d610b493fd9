package org.rejoin.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rejoin.base.ui.AttendanceChart;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseChartMarkers;
import org.rejoin.casework.CaseDetails;
import org.rejoin.pupil.ConcernTriage;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.ui.PatternFacts;
import org.rejoin.security.UserAccount;

/** The attendance pattern today and the pupil's weekly attendance, with the day the case opened marked on it. */
class AttendanceSection extends Div {

    final AttendanceChart chart = new AttendanceChart();

    AttendanceSection(PupilService pupils, ConcernTriage triage, UserAccount user, CaseDetails details,
                      List<CaseChartMarkers> markerSources, LocalDate today) {
        addClassName("case-attendance");
        add(new H2("Attendance week by week"));
        triage.factsOf(user, details.summary().pupilId(), today).ifPresent(facts -> add(
                new H3("The pattern today"), new PatternFacts(facts)));
        pupils.pupil(user, details.summary().pupilId()).ifPresentOrElse(pupil -> {
            chart.setWeeks(pupil.weeks().stream()
                    .map(w -> new AttendanceChart.Week(w.weekStarting(), w.attendancePercent())).toList());
            var opened = details.summary().openedAt().atZone(UkDates.ZONE).toLocalDate();
            List<AttendanceChart.Marker> markers = new ArrayList<>();
            markers.add(new AttendanceChart.Marker(opened, opened, "Case opened"));
            markerSources.forEach(source -> markers.addAll(source.markers(user, details.summary().id())));
            chart.setMarkers(markers);
            add(chart);
        }, () -> add(new Paragraph("No attendance recorded yet.")));
    }
}
