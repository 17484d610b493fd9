package org.rejoin.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.inbox.InboxList;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/**
 * The task inbox: my work (mine above what waits for anyone in my role, where a person lands), my tasks,
 * my groups' tasks, overdue and completed by me; below them the steps of my cases that wait on others. Lists are filtered,
 * sorted and paged in PostgreSQL; a list can be chosen with {@code ?list=OVERDUE}.
 */
@Route(value = InboxView.ROUTE, layout = MainLayout.class)
@PageTitle("Tasks | Rejoin")
@Menu(order = 1, title = "Tasks", icon = "vaadin:tasks")
@RolesAllowed({"ATTENDANCE_CHAMPION", "SCHOOL_STAFF", "LEADER", "PARTNER"})
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "inbox";

    final Tabs tabs = new Tabs();
    final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    final TaskFilterBar filters;
    private final Map<InboxList, Tab> tabByList = new EnumMap<>(InboxList.class);
    private final transient InboxService inbox;
    private final transient UserAccount user;
    final WaitingOnOthers waiting;
    private InboxList list = InboxList.WORK;

    public InboxView(InboxService inbox, SchoolService schools, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.user = currentUser.require();
        this.filters = new TaskFilterBar(inbox, user, this::listChosen, () -> grid.getDataProvider().refreshAll());
        setSizeFull();
        for (InboxList each : InboxList.values()) {
            var tab = new Tab(each.label());
            tabByList.put(each, tab);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> tabByList.forEach((l, t) -> {
            if (t.equals(e.getSelectedTab()) && l != list) {
                listChosen(l);
            }
        }));
        var due = new DueText(schools, clock);
        new TaskColumns(grid, due, inbox, user, this::open).addTo();
        grid.setItems(query -> inbox.list(user, list, filters.value(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("dueDate")).build());
        grid.setPartNameGenerator(task -> due.overdue(task) ? "overdue" : null);
        grid.setAriaLabel("Tasks");
        grid.setEmptyStateComponent(new Span("Nothing here. Tasks appear when a process needs you."));
        waiting = new WaitingOnOthers(inbox, user, due);
        add(new H1("Tasks"), tabs, filters, grid, waiting);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("list").ifPresent(name -> {
            try {
                listChosen(InboxList.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // an unknown list in the address shows my tasks
            }
        });
    }

    void listChosen(InboxList chosen) {
        list = chosen;
        tabs.setSelectedTab(tabByList.get(chosen));
        grid.getDataProvider().refreshAll();
    }

    InboxList list() {
        return list;
    }

    private void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new com.vaadin.flow.router.RouteParameters("taskId",
                task.id().toString())));
    }
}
