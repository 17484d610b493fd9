package org.rejoin.base.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A chart's figures as a plain table: one row per category, one column per series, headings scoped. */
public class FigureChartTable extends NativeTable {

    private final String categoryTitle;

    FigureChartTable(String caption, String categoryTitle) {
        this.categoryTitle = categoryTitle;
        setCaptionText(caption);
        addClassName("figure-table");
    }

    void show(List<FigureChart.Category> categories, List<FigureChart.Series> series) {
        getHead().removeAllRows();
        getBody().removeAllRows();
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(categoryTitle);
        series.forEach(s -> head.addHeaderCell().setText(s.name()));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (int i = 0; i < categories.size(); i++) {
            NativeTableRow row = getBody().addRow();
            var name = row.addHeaderCell();
            name.setText(categories.get(i).name());
            name.getElement().setAttribute("scope", "row");
            for (FigureChart.Series s : series) {
                row.addDataCell().setText(s.unit().format(s.values().get(i)));
            }
        }
    }

    /** The body's rows as their cells' text, heading first: what a test or a screen reader reads. */
    public List<List<String>> rows() {
        return getBody().getRows().stream().map(row -> row.getChildren()
                .map(cell -> cell.getElement().getText()).toList()).toList();
    }
}
