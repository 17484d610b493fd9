package org.rejoin.benchmark;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rejoin.inbox.InboxTask;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The heap one open inbox view holds, measured without a profiler: build N views (or N pages), each over a
 * different user's real first page from PostgreSQL, keep them all reachable, and divide the growth of the
 * used heap after full GCs by N. The Vaadin views are built under a Karibu {@link MockVaadin} session, attached
 * to its UI, and driven through client round trips as a browser would (the grid asks for rows 0–49), after
 * which the state-tree changes are collected as if sent, so only what stays between requests is counted.
 */
public final class InboxViewHeap {

    /** One user's list, paged as the grid asks for it. */
    public interface Source {
        Page<InboxTask> page(int user, Pageable page);
    }

    public record Result(String what, int n, long totalBytes) {
        public double perItemKb() {
            return totalBytes / (double) n / 1024.0;
        }
    }

    private InboxViewHeap() {
    }

    /** Retained heap of N first pages of 50 {@link InboxTask} rows, as the query code returns them. */
    public static Result pages(Source source, int n) {
        List<Object> keep = new ArrayList<>(n);
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            keep.add(source.page(i, Pageable.ofSize(50)).getContent());
        }
        long after = usedAfterGc();
        Result result = new Result("page of 50 InboxTask records", n, after - before);
        keep.clear();
        return result;
    }

    /**
     * Retained heap of N inbox views: title, filter bar (pupil, step, due window, save), and a lazy
     * {@code Grid<InboxTask>} with the six columns showing its first 50 rows.
     */
    public static Result views(Source source, int n) {
        MockVaadin.setup();
        try {
            UI ui = UI.getCurrent();
            roundtrip(ui);
            List<Grid<InboxTask>> grids = new ArrayList<>(n);
            long before = usedAfterGc();
            for (int i = 0; i < n; i++) {
                var view = view(source, i);
                ui.add(view);
                @SuppressWarnings("unchecked")
                Grid<InboxTask> grid = (Grid<InboxTask>) view.getComponentAt(2);
                roundtrip(ui);
                // what the web component asks for on first render: the first page
                grid.getDataCommunicator().setViewportRange(0, 50);
                roundtrip(ui);
                grids.add(grid);
            }
            long after = usedAfterGc();
            int rows = grids.stream().mapToInt(g -> g.getDataCommunicator().getItemCount() > 0 ? 1 : 0).sum();
            if (rows != n || grids.get(0).getDataCommunicator().getItem(49) == null) {
                throw new IllegalStateException("the grids did not fetch their first page (" + rows + " of " + n + ")");
            }
            return new Result("inbox view: layout + lazy Grid<InboxTask> showing 50 rows", n, after - before);
        } finally {
            MockVaadin.tearDown();
        }
    }

    /** Retained heap of the mock session + UI itself (one sample, so only a rough figure). */
    public static Result sessionBaseline() {
        long before = usedAfterGc();
        MockVaadin.setup();
        try {
            roundtrip(UI.getCurrent());
            long after = usedAfterGc();
            return new Result("Karibu mock VaadinSession + UI (single sample, includes servlet/service)", 1,
                    after - before);
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static VerticalLayout view(Source source, int user) {
        Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
        grid.addColumn(t -> t.pupilName() + " (" + t.upn() + ")").setHeader("Pupil").setAutoWidth(true);
        grid.addColumn(t -> t.caseId() == null ? "" : t.caseId().toString().substring(0, 8)).setHeader("Case");
        grid.addColumn(InboxTask::name).setHeader("Step").setSortProperty("name");
        grid.addColumn(t -> due(t.dueDate())).setHeader("Due").setSortProperty("dueDate");
        grid.addColumn(InboxTask::priority).setHeader("Priority").setSortProperty("priority");
        grid.addColumn(t -> t.assignee() == null ? "" : t.assignee()).setHeader("Assignee");
        grid.setPageSize(50);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(t -> t.isOverdue(Instant.now()) ? "overdue" : null);
        grid.setItemsPageable(pageable -> source.page(user, pageable).getContent(),
                pageable -> source.page(user, Pageable.ofSize(1)).getTotalElements());
        var pupil = new TextField("Pupil");
        var step = new TextField("Step");
        var due = new ComboBox<Integer>("Due within", List.of(1, 5, 10, 20));
        var filters = new HorizontalLayout(pupil, step, due, new Button("Save filter"));
        var view = new VerticalLayout(new H2("My groups' tasks"), filters, grid);
        view.setSizeFull();
        return view;
    }

    private static String due(Instant due) {
        if (due == null) {
            return "";
        }
        long days = Duration.between(Instant.now(), due).toDays();
        return days < 0 ? "overdue by " + -days + " days" : days + " days left";
    }

    private static void roundtrip(UI ui) {
        MockVaadin.clientRoundtrip();
        // as if the response had been written: drop the change records the state tree keeps until then
        ui.getInternals().getStateTree().collectChanges(change -> { });
        ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    public static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
