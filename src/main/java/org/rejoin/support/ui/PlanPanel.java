package org.rejoin.support.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDetails;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanState;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanService;

/**
 * The stepped support plan on the case page: its stages, the goal, the steps with their states and
 * adjustments, when the next review is, the reviews so far and any part-time timetable.
 */
@StyleSheet("context://styles/support-plan.css")
class PlanPanel extends Section {

    final PlanStages stages;
    final Paragraph status = new Paragraph();
    final Span nextReview = new Span();
    final StepList steps;
    final ReviewHistory reviews;
    final PartTimeList partTimes;
    final PartTimeProposal proposal;

    /** {@code now}: the app clock's now, which the plan's dates are read against. */
    PlanPanel(SupportPlanService plans, UserAccount user, CaseDetails details, SupportPlan plan, Runnable recorded,
              Instant now) {
        addClassName("support-plan");
        H2 heading = new H2("Stepped support plan");
        heading.setId("support-plan-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        stages = new PlanStages(plan);
        status.setText(status(plan));
        steps = new StepList(plan.steps());
        Map<String, String> names = details.team().stream().collect(Collectors.toMap(
                m -> m.username().toLowerCase(Locale.ROOT), CaseDetails.TeamMember::displayName, (a, b) -> a));
        reviews = new ReviewHistory(plans, user, plan.caseId());
        partTimes = new PartTimeList(plan.partTimeTimetables(), now.atZone(UkDates.ZONE).toLocalDate());
        proposal = new PartTimeProposal(plans, user, plan, recorded);
        nextReview.setText(nextReview(plan, now));
        add(heading, stages, status, facts(plan, names), steps, reviews, partTimes, proposal);
    }

    private DescriptionList facts(SupportPlan plan, Map<String, String> names) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("plan-facts");
        term(facts, "Goal", new Span(plan.overallGoal() == null ? "Agreed in stage 2" : plan.overallGoal()));
        if (plan.parentContact() != null) {
            term(facts, "Keeping in touch with", new Span(PlanWords.contact(plan.parentContact())
                    + (plan.contactArrangements() == null ? "" : ": " + plan.contactArrangements())));
        }
        term(facts, "Key adult", new Span(plan.keyAdult() == null ? "" : names.getOrDefault(
                plan.keyAdult().toLowerCase(Locale.ROOT), plan.keyAdult())));
        term(facts, "Reviews", new Span("Every " + PlanWords.every(plan.reviewEvery())));
        term(facts, "Next review", nextReview);
        return facts;
    }

    static String nextReview(SupportPlan plan, Instant now) {
        if (plan.state() != PlanState.WORKING_ON_STEPS) {
            return plan.state().isRunning() ? "Once the steps are agreed" : "None: the plan is closed";
        }
        if (plan.nextReviewDue() == null) {
            return "Set once the stalled step is adapted";
        }
        return plan.nextReviewDue().isAfter(now)
                ? UkDates.format(plan.nextReviewDue().atZone(UkDates.ZONE).toLocalDate()) : "Due now";
    }

    private static String status(SupportPlan plan) {
        return switch (plan.state()) {
            case CLOSED_FOLLOWING_UP -> "Every step is achieved. Attendance is checked again on "
                    + UkDates.formatInWords(plan.followUpOn()) + ": if it has held, the case closes.";
            case SUSTAINED -> "Attendance held after the plan, so the case is closed.";
            default -> "Now: " + plan.state().label().toLowerCase(Locale.UK) + ".";
        };
    }

    private static void term(DescriptionList list, String term, Span description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
