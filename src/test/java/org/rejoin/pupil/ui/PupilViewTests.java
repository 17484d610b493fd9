package org.rejoin.pupil.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.base.ui.AttendanceChart;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.PupilDetails;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A pupil's page, browserless: the weekly attendance chart and its table of figures. */
class PupilViewTests extends ViewTestSupport {

    @Autowired
    PupilService pupils;
    @Autowired
    SchoolService schools;

    @Test
    void theChartShowsThePupilsWeeksOfThisSchoolYearWithATableAlternative() {
        var champion = signInAs("champion@northfield.example");
        var summary = pupils.pupilsOfMySchool(champion, "", PageRequest.of(0, 1)).getContent().getFirst();
        PupilDetails pupil = pupils.pupil(champion, summary.id()).orElseThrow();
        var yearStart = schools.schoolYearStart(pupil.schoolId(), LocalDate.now(UkDates.ZONE));
        List<AttendanceChart.Week> expected = pupil.weeks().stream()
                .filter(w -> w.sessionsPossible() > 0 && !w.weekStarting().isBefore(yearStart.minusDays(6)))
                .map(w -> new AttendanceChart.Week(w.weekStarting(), w.attendancePercent())).toList();

        navigate("pupils/" + pupil.id());

        assertThat(_get(H1.class).getText()).isEqualTo(pupil.fullName());
        AttendanceChart chart = _get(AttendanceChart.class);
        assertThat(expected).isNotEmpty();
        assertThat(chart.getWeeks()).isEqualTo(expected);
        assertThat(chart.getSummary()).startsWith("Weekly attendance from "
                + UkDates.formatInWords(expected.getFirst().weekStarting()) + " to "
                + UkDates.formatInWords(expected.getLast().weekStarting()) + ": latest ");
        assertThat(chart.getTableAlternative().getSummaryText()).isEqualTo("Show the figures as a table");
        NativeTable table = _get(chart.getTableAlternative(), NativeTable.class);
        assertThat(table.getBody().getRows()).hasSize(expected.size());
        assertThat(table.getBody().getRows().getFirst().getAllCells()).extracting(c -> c.getElement().getText())
                .first().isEqualTo(UkDates.format(expected.getFirst().weekStarting()));
    }
}
