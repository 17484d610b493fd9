package org.rejoin.support.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.rejoin.base.ui.UkDates;
import org.rejoin.support.PlanStep;

/**
 * The steps in the order they are worked on, each with its state in words (never colour alone), its
 * dates and the adjustments that make it possible. Replaced steps stay, marked as replaced.
 */
class StepList extends Div {

    final OrderedList steps = new OrderedList();

    StepList(List<PlanStep> planSteps) {
        addClassName("plan-steps");
        add(new H3("Steps"));
        if (planSteps.isEmpty()) {
            add(new Paragraph("No steps agreed yet: they are agreed in stage 2."));
            return;
        }
        planSteps.forEach(step -> steps.add(item(step)));
        add(steps);
    }

    static String state(PlanStep step) {
        String again = step.again() ? " (again, after attendance fell)" : "";
        return switch (step.state()) {
            case ACHIEVED -> "Achieved" + again + range(step);
            case CURRENT -> "Working on it now" + again + (step.startedOn() == null ? ""
                    : ", since " + UkDates.format(step.startedOn()));
            case PLANNED -> "To come";
            case REPLACED -> "Replaced (adapted or split)" + (step.endedOn() == null ? ""
                    : " on " + UkDates.format(step.endedOn()));
        };
    }

    private static ListItem item(PlanStep step) {
        ListItem item = new ListItem();
        item.addClassName("plan-step");
        item.addClassName("plan-step-" + step.state().name().toLowerCase(java.util.Locale.ROOT));
        Span description = new Span(step.description());
        description.addClassName("plan-step-description");
        Span state = new Span(state(step));
        state.addClassName("plan-step-state");
        item.add(description, new Span(" — "), state);
        String adjustments = PlanWords.adjustments(step);
        if (!adjustments.isEmpty()) {
            item.add(new Paragraph("Adjustments: " + adjustments + "."));
        }
        return item;
    }

    private static String range(PlanStep step) {
        if (step.endedOn() == null) {
            return "";
        }
        return step.startedOn() == null || step.startedOn().equals(step.endedOn())
                ? " on " + UkDates.format(step.endedOn())
                : ", " + UkDates.format(step.startedOn()) + " to " + UkDates.format(step.endedOn());
    }
}
