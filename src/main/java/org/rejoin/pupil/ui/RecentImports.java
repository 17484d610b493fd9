package org.rejoin.pupil.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.AttendanceImportSummary;
import org.rejoin.security.UserAccount;

/** The school's latest uploads (at most 20), so a champion can see what was imported and by whom. */
class RecentImports extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", UkDates.LOCALE);

    private final transient AttendanceImportService imports;
    private final UserAccount user;
    final Grid<AttendanceImportSummary> grid = new Grid<>(AttendanceImportSummary.class, false);

    RecentImports(AttendanceImportService imports, UserAccount user) {
        this.imports = imports;
        this.user = user;
        setPadding(false);
        grid.addColumn(i -> WHEN.format(LocalDateTime.ofInstant(i.importedAt(), UkDates.ZONE))).setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(AttendanceImportSummary::importedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(AttendanceImportSummary::fileName).setHeader("File");
        grid.addColumn(RecentImports::outcome).setHeader("Outcome").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Recent attendance imports");
        add(new H2("Recent imports"), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(imports.lastImports(user));
    }

    private static String outcome(AttendanceImportSummary i) {
        return switch (i.status()) {
            case SUCCEEDED -> "%,d rows for %,d pupils, weeks %s to %s".formatted(i.rowsImported(), i.pupilsAffected(),
                    UkDates.format(i.firstWeek()), UkDates.format(i.lastWeek()));
            case REJECTED -> "Nothing imported: %,d bad %s".formatted(i.errorCount(), i.errorCount() == 1 ? "line" : "lines");
        };
    }
}
