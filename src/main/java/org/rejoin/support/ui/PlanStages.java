package org.rejoin.support.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.rejoin.support.SupportPlan;

/** The plan's three stages in order, each saying whether it is done, under way now or to come. */
class PlanStages extends OrderedList {

    static final String[] STAGES = {"Gather everyone's views", "Agree the goal and the steps",
            "Work through the steps, one review at a time"};

    PlanStages(SupportPlan plan) {
        addClassName("plan-stages");
        int current = switch (plan.state()) {
            case GATHERING_VIEWS -> 0;
            case AGREEING_STEPS -> 1;
            case WORKING_ON_STEPS -> 2;
            case CLOSED_FOLLOWING_UP, SUSTAINED -> 3;
        };
        for (int i = 0; i < STAGES.length; i++) {
            String status = i < current ? "done" : i == current ? "now" : "to come";
            ListItem item = new ListItem(new Span(STAGES[i]), new Span(" — " + status));
            item.addClassName("plan-stage-" + status.replace(' ', '-'));
            if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
    }
}
