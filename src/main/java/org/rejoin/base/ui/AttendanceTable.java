package org.rejoin.base.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.stream.Collectors;

/** The attendance chart's figures as a plain table: week, attendance and what is marked in that week. */
class AttendanceTable extends NativeTable {

    AttendanceTable() {
        setCaptionText("Weekly attendance");
        addClassName("rejoin-chart-figures");
    }

    void show(List<AttendanceChart.Week> weeks, List<AttendanceChart.Marker> markers) {
        getHead().removeAllRows();
        getBody().removeAllRows();
        NativeTableRow header = getHead().addRow();
        header.addHeaderCell().setText("Week starting");
        header.addHeaderCell().setText("Attendance");
        if (!markers.isEmpty()) {
            header.addHeaderCell().setText("Marked on the chart");
        }
        header.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (AttendanceChart.Week week : weeks) {
            NativeTableRow row = getBody().addRow();
            var weekCell = row.addHeaderCell();
            weekCell.setText(UkDates.format(week.weekStarting()));
            weekCell.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(ChartSummary.percent(week.percent()));
            if (!markers.isEmpty()) {
                row.addDataCell().setText(markers.stream().filter(m -> WeekAxis.overlaps(m, week.weekStarting()))
                        .map(AttendanceChart.Marker::label).collect(Collectors.joining("; ")));
            }
        }
    }
}
