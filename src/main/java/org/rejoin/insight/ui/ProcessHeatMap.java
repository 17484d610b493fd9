package org.rejoin.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rejoin.base.ui.ProcessDiagram;
import org.rejoin.inbox.InboxFigures.ElementCount;
import org.rejoin.insight.CaseListFilter;

/**
 * One process drawn with a badge on each step counting the school's open steps there, and the same
 * figures as a table beside it (the diagram's text alternative), each linking to the cases at that step. Buttons
 * zoom the drawing in and out and fit it to its box again.
 */
class ProcessHeatMap extends Div {

    final ProcessDiagram diagram = new ProcessDiagram();
    final FigureTable table;
    final Button zoomIn = new Button("Zoom in", e -> diagram.zoomIn());
    final Button zoomOut = new Button("Zoom out", e -> diagram.zoomOut());
    final Button fit = new Button("Fit", e -> diagram.fit());

    ProcessHeatMap(String heading, String processId, String xml, List<ElementCount> allCounts, String school) {
        List<ElementCount> counts = allCounts.stream().filter(c -> c.processId().equals(processId))
                .sorted((a, b) -> Integer.compare(b.openTasks(), a.openTasks())).toList();
        Map<String, Integer> badges = new LinkedHashMap<>();
        counts.forEach(c -> badges.put(c.elementId(), c.openTasks()));

        diagram.setDiagramXml(xml);
        diagram.setCounts(badges);
        diagram.setAccessibleName(heading + ": open steps at each step of the process");
        diagram.setTextAlternative(counts.isEmpty() ? "No open steps in this process."
                : "Open steps: " + counts.stream().map(c -> c.openTasks() + " at “" + c.elementName() + "”")
                        .collect(Collectors.joining(", ")) + ". The table beside it lists the same figures.");

        table = new FigureTable(heading + ": cases at each step", "Step", "Cases at step");
        counts.forEach(c -> table.add(c.elementName(), FigureTable.number(c.openTasks(),
                CaseListFilter.of(CaseListFilter.Kind.ELEMENT, "process", processId, "element", c.elementId()).ofSchool(school),
                "open steps at " + c.elementName())));
        if (counts.isEmpty()) {
            table.addNothing("No open steps.", 2);
        }
        addClassName("process-heat-map");
        zoomIn.getElement().setAttribute("aria-label", "Zoom in: " + heading);
        zoomOut.getElement().setAttribute("aria-label", "Zoom out: " + heading);
        fit.getElement().setAttribute("aria-label", "Fit the whole diagram: " + heading);
        var zoom = new Div(zoomIn, zoomOut, fit);
        zoom.addClassName("diagram-zoom");
        var drawing = new Div(zoom, diagram);
        drawing.addClassName("process-heat-map-drawing");
        var body = new Div(drawing, table);
        body.addClassName("process-heat-map-body");
        add(new H3(heading), body);
    }
}
