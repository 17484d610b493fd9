package org.rejoin.support.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rejoin.base.ui.AttendanceChart;
import org.rejoin.casework.CaseChartMarkers;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanService;

/**
 * Each step of the plan from the day it started to the day it ended (or today) on the case's weekly
 * attendance chart, labelled with the step, so everyone can see whether it made a difference. Read
 * through the plan's scoped service, as the user.
 */
@org.springframework.stereotype.Component
class PlanStepMarkers implements CaseChartMarkers {

    static final int LABEL_LENGTH = 60;

    private final SupportPlanService plans;

    private final Clock clock;

    PlanStepMarkers(SupportPlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public List<AttendanceChart.Marker> markers(UserAccount user, UUID caseId) {
        return plans.plan(user, caseId).map(SupportPlan::steps).map(steps -> markers(steps, LocalDate.now(clock)))
                .orElse(List.of());
    }

    static List<AttendanceChart.Marker> markers(List<PlanStep> planSteps, LocalDate today) {
        List<AttendanceChart.Marker> markers = new ArrayList<>();
        int number = 0;
        for (PlanStep step : planSteps) {
            boolean replaced = step.state() == StepState.REPLACED;
            if (!replaced && !step.again()) {
                number++;
            }
            if (step.startedOn() == null) {
                continue;
            }
            LocalDate end = step.endedOn() == null ? today : step.endedOn();
            String label = (replaced ? "Replaced step: " : step.again() ? "Step " + number + " again: "
                    : "Step " + number + ": ") + step.description();
            markers.add(new AttendanceChart.Marker(step.startedOn(), end.isBefore(step.startedOn()) ? step.startedOn()
                    : end, label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH - 1) + "…" : label));
        }
        return markers;
    }
}
