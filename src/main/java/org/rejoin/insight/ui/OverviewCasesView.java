package org.rejoin.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.ByteArrayInputStream;
import jakarta.annotation.security.RolesAllowed;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseSummary;
import org.rejoin.insight.CaseListExport;
import org.rejoin.insight.CaseListFilter;
import org.rejoin.insight.OverviewCases;
import java.util.Map;
import java.util.UUID;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * The cases behind one number of the overview, paged in the database. A leader opens each case from its
 * pupil's name; a local authority officer sees the school of each and no link, the case record staying
 * with the school (decision 0006).
 */
@Route(value = "overview/cases", layout = MainLayout.class)
@PageTitle("Cases behind a figure | Rejoin")
@RolesAllowed({"LEADER", "LOCAL_AUTHORITY"})
public class OverviewCasesView extends VerticalLayout implements BeforeEnterObserver {

    final H1 title = new H1();
    final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    final Anchor download = new Anchor();
    private final OverviewCases lists;
    private final CaseListExport export;
    private final UserAccount user;

    public OverviewCasesView(OverviewCases lists, CaseListExport export, CurrentUser currentUser,
                             SchoolService schools) {
        this.lists = lists;
        this.export = export;
        this.user = currentUser.require();
        setSizeFull();
        if (user.hasRole(Role.LOCAL_AUTHORITY)) {
            Map<UUID, String> names = schools.namesOverseen(Oversight.of(user));
            grid.addColumn(CaseSummary::pupilName).setHeader("Pupil").setAutoWidth(true);
            grid.addColumn(c -> names.getOrDefault(c.schoolId(), "")).setHeader("School").setAutoWidth(true);
        } else {
            grid.addComponentColumn(c -> new Anchor("cases/" + c.id(), c.pupilName())).setHeader("Pupil")
                    .setAutoWidth(true);
        }
        grid.addColumn(CaseSummary::yearGroup).setHeader("Year");
        grid.addColumn(c -> c.stage().label()).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(c -> UkDates.format(c.openedAt().atZone(UkDates.ZONE).toLocalDate())).setHeader("Opened");
        grid.setAriaLabel("Cases");
        grid.setEmptyStateComponent(new Span("No cases here now."));
        download.setText("Download this list as a spreadsheet (CSV)");
        download.setDownload(true);
        add(new RouterLink("Back to the overview", OverviewView.class), title, download, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            CaseListFilter filter = CaseListFilter.from(event.getLocation().getQueryParameters());
            title.setText(lists.title(user, filter));
            grid.setAriaLabel(title.getText());
            grid.setItems(query -> lists.list(user, filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                    .stream());
            download.setHref(DownloadHandler.fromInputStream(request -> {
                byte[] csv = export.csv(user, filter);
                return new DownloadResponse(new ByteArrayInputStream(csv), "rejoin-cases.csv", "text/csv", csv.length);
            }));
        } catch (IllegalArgumentException unknown) {
            title.setText("This list does not exist");
            grid.setVisible(false);
            download.setVisible(false);
            add(new Paragraph("The address does not name one of the overview's lists. Go back to the overview "
                    + "and choose a number."));
        }
    }
}
