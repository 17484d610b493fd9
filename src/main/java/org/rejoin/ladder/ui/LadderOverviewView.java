package org.rejoin.ladder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.ladder.LadderRung;
import org.rejoin.ladder.LadderService;
import org.rejoin.ladder.RungCount;
import org.rejoin.security.CurrentUser;

/**
 * The local authority officer's view of the statutory ladder: for each school of the authority, how many families
 * are on each rung now. Counts only; the cases stay with their schools.
 */
@Route(value = "ladder", layout = MainLayout.class)
@PageTitle("Statutory ladder | Rejoin")
@Menu(order = 31, title = "Statutory ladder", icon = "vaadin:level-up")
@RolesAllowed("LOCAL_AUTHORITY")
public class LadderOverviewView extends VerticalLayout {

    final Grid<SchoolRow> grid = new Grid<>();

    public LadderOverviewView(LadderService ladders, CurrentUser currentUser) {
        add(new H1("Families on the statutory ladder"), new Paragraph("Families at each rung of formal support and "
                + "legal intervention now, per school: support first, then formal, then legal intervention."));
        grid.addColumn(SchoolRow::school).setHeader("School").setAutoWidth(true);
        for (LadderRung rung : LadderRung.values()) {
            grid.addColumn(r -> r.counts().getOrDefault(rung, 0L)).setHeader(rung.label()).setAutoWidth(true);
        }
        grid.setItems(rows(ladders.countsPerSchool(currentUser.require()))); // one row per school of the authority
        grid.setAllRowsVisible(true);
        add(grid);
    }

    static List<SchoolRow> rows(List<RungCount> counts) {
        Map<UUID, SchoolRow> bySchool = new LinkedHashMap<>();
        for (RungCount count : counts) {
            bySchool.computeIfAbsent(count.schoolId(), id -> new SchoolRow(count.schoolName(),
                    new EnumMap<>(LadderRung.class))).counts().put(count.rung(), count.families());
        }
        return new ArrayList<>(bySchool.values());
    }

    record SchoolRow(String school, Map<LadderRung, Long> counts) {
    }
}
