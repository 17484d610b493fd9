package org.rejoin.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Consumer;
import org.rejoin.insight.CaseListFilter;

/**
 * A small table of figures with a caption and column headings, whose numbers link to the cases behind
 * them: plain HTML, so screen readers announce row and column and keyboard users tab from link to link.
 */
class FigureTable extends NativeTable {

    FigureTable(String caption, String... headings) {
        setCaptionText(caption);
        addClassName("figure-table");
        NativeTableRow head = getHead().addRow();
        for (String heading : headings) {
            head.addHeaderCell().getElement().setText(heading).setAttribute("scope", "col");
        }
    }

    /** A row: its first cell heads the row, the rest are figures or text. */
    void add(String label, Component... cells) {
        addRow(head -> head.getElement().setText(label), cells);
    }

    /** A row headed by a link (a school's name opening its own page), the rest figures or text. */
    void addLinked(Component heading, Component... cells) {
        addRow(head -> head.add(heading), cells);
    }

    private void addRow(Consumer<NativeTableHeaderCell> heading, Component... cells) {
        NativeTableRow row = getBody().addRow();
        NativeTableHeaderCell head = row.addHeaderCell();
        heading.accept(head);
        head.getElement().setAttribute("scope", "row");
        for (Component cell : cells) {
            row.add(new NativeTableCell(cell));
        }
    }

    /** A row saying there is nothing to count, across the whole table. */
    void addNothing(String sentence, int columns) {
        NativeTableCell cell = new NativeTableCell(sentence);
        cell.setColspan(columns);
        getBody().addRow().add(cell);
    }

    /** A number linking to the list of its cases; a zero is plain text, there being nothing to open. */
    static Component number(long value, CaseListFilter filter, String whatItCounts) {
        if (value == 0) {
            return new Span("0");
        }
        var link = new RouterLink(String.valueOf(value), OverviewCasesView.class);
        link.setQueryParameters(filter.query());
        link.getElement().setAttribute("aria-label", value + " " + whatItCounts + ": show the cases");
        link.addClassName("figure-link");
        return link;
    }
}
