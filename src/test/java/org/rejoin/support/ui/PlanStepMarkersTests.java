package org.rejoin.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.AttendanceChart.Marker;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;

/** How the plan's steps are labelled on the chart: numbered as the plan counts them, replaced and repeated steps said so. */
class PlanStepMarkersTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void replacedStepsAreNotCountedAndAStepWorkedOnAgainIsSaidSo() {
        List<Marker> markers = PlanStepMarkers.markers(List.of(
                step(0, "Period 1", StepState.ACHIEVED, false, TODAY.minusDays(40), TODAY.minusDays(30)),
                step(1, "Mornings every day", StepState.REPLACED, false, TODAY.minusDays(30), TODAY.minusDays(20)),
                step(2, "Mornings Monday and Tuesday", StepState.ACHIEVED, false, TODAY.minusDays(20), TODAY.minusDays(10)),
                step(3, "Full days", StepState.ACHIEVED, false, TODAY.minusDays(10), TODAY.minusDays(5)),
                step(4, "Full days", StepState.CURRENT, true, TODAY.minusDays(2), null),
                step(5, "Never started", StepState.PLANNED, false, null, null)), TODAY);

        assertThat(markers).containsExactly(
                new Marker(TODAY.minusDays(40), TODAY.minusDays(30), "Step 1: Period 1"),
                new Marker(TODAY.minusDays(30), TODAY.minusDays(20), "Replaced step: Mornings every day"),
                new Marker(TODAY.minusDays(20), TODAY.minusDays(10), "Step 2: Mornings Monday and Tuesday"),
                new Marker(TODAY.minusDays(10), TODAY.minusDays(5), "Step 3: Full days"),
                new Marker(TODAY.minusDays(2), TODAY, "Step 3 again: Full days"));
    }

    @Test
    void aLongStepIsShortenedOnTheChart() {
        String long_ = "In for period 1 and period 2 on Monday, Tuesday and Wednesday, with lunch in the library";
        Marker marker = PlanStepMarkers.markers(List.of(step(0, long_, StepState.CURRENT, false, TODAY, null)), TODAY)
                .getFirst();

        assertThat(marker.label()).hasSize(PlanStepMarkers.LABEL_LENGTH).startsWith("Step 1: In for period 1").endsWith("…");
    }

    private static PlanStep step(int position, String description, StepState state, boolean again, LocalDate started,
                                 LocalDate ended) {
        return new PlanStep(position, description, List.of(), null, state, again, started, ended);
    }
}
