package org.rejoin.targeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.AgreedAction;
import org.rejoin.targeting.TargetingMeetings;

/** What earlier meetings agreed and nobody has marked done or dropped yet, soonest due first. */
class CarriedActionsSection extends VerticalLayout {

    final Grid<AgreedAction> grid = new Grid<>(AgreedAction.class, false);

    CarriedActionsSection(TargetingMeetings meetings, UserAccount user, UUID schoolId) {
        setPadding(false);
        grid.addColumn(AgreedAction::action).setHeader("Action").setFlexGrow(3);
        grid.addColumn(AgreedAction::who).setHeader("Who").setAutoWidth(true);
        grid.addColumn(a -> a.dueOn() == null ? "No date" : UkDates.format(a.dueOn())).setHeader("Due")
                .setAutoWidth(true);
        grid.addColumn(a -> UkDates.format(a.agreedOn())).setHeader("Agreed at the meeting of").setAutoWidth(true);
        grid.setItems(query -> meetings.carriedForward(user, schoolId,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Actions carried forward");
        grid.setEmptyStateComponent(new Span("No actions are open from earlier meetings."));
        add(new H2("Actions carried forward"), grid);
    }
}
