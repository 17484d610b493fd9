package org.rejoin.targeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.ByteArrayInputStream;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.AttendanceBand;
import org.rejoin.targeting.Pack;
import org.rejoin.targeting.PackExports;
import org.rejoin.targeting.PackPupil;
import org.rejoin.targeting.TargetingPack;

/**
 * The pupils at or below 90% or 50% attendance, lowest first, paged in the database. A leader opens each pupil's
 * case from their name; a local authority officer sees the name alone, the case record staying with the school.
 */
class PackPupilsSection extends VerticalLayout {

    final RadioButtonGroup<AttendanceBand> band = new RadioButtonGroup<>("Show pupils");
    final Grid<PackPupil> grid = new Grid<>(PackPupil.class, false);
    final Anchor csv = new Anchor();

    PackPupilsSection(TargetingPack packs, PackExports exports, UserAccount user, Pack pack) {
        setPadding(false);
        band.setItems(AttendanceBand.values());
        band.setItemLabelGenerator(b -> b.label() + ": " + pack.count(b));
        band.setValue(AttendanceBand.AT_OR_BELOW_90);
        boolean leader = user.hasRole(Role.LEADER);
        grid.addComponentColumn(p -> pupil(p, leader)).setHeader("Pupil").setKey("lastName").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(PackPupil::yearGroup).setHeader("Year").setKey("yearGroup").setSortable(true);
        grid.addColumn(PackPupil::attendance).setHeader("Attendance").setKey("attendance").setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.severelyAbsent() ? "Yes" : "").setHeader("50% or below");
        grid.addColumn(PackPupil::caseState).setHeader("Case").setAutoWidth(true);
        grid.addColumn(PackPupil::openReferralCount).setHeader("Open referrals").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.openReferrals().isEmpty() ? "" : p.referrals()).setHeader("Agencies").setAutoWidth(true);
        grid.setItems(query -> packs.pupils(user, pack.school().id(), band.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("attendance")).build());
        grid.setAriaLabel("Pupils " + band.getValue().label().toLowerCase(UkDates.LOCALE));
        grid.setEmptyStateComponent(new Span("No pupils here."));
        band.addValueChangeListener(e -> {
            grid.setAriaLabel("Pupils " + e.getValue().label().toLowerCase(UkDates.LOCALE));
            grid.getDataProvider().refreshAll();
        });
        csv.setText("Download this list as a spreadsheet (CSV)");
        csv.setHref(DownloadHandler.fromInputStream(request -> exports.pupilsCsv(user, pack.school().id(),
                band.getValue()).map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "targeting-pupils.csv", "text/csv", bytes.length)).orElseGet(() -> DownloadResponse.error(404))));
        csv.setDownload(true);
        add(new H2("Pupils at or below 90% and 50% attendance"), figures(pack),
                new Paragraph("Attendance this school year, counted from the week of "
                        + UkDates.formatInWords(pack.countedFrom()) + ". Lowest first; choose a column to sort."),
                band, csv, grid);
    }

    private static Component pupil(PackPupil p, boolean leader) {
        return leader && p.caseId() != null ? new Anchor("cases/" + p.caseId(), p.name()) : new Span(p.name());
    }

    private static Div figures(Pack pack) {
        var row = new Div(figure(String.valueOf(pack.pupils()), "Pupils with sessions this year"),
                figure(String.valueOf(pack.atOrBelow90()), "At or below 90% (persistently absent)"),
                figure(String.valueOf(pack.atOrBelow50()), "At or below 50% (severely absent)"));
        row.addClassName("figure-row");
        return row;
    }

    private static Div figure(String value, String label) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var figure = new Div(number, new Span(label));
        figure.addClassName("figure");
        return figure;
    }
}
