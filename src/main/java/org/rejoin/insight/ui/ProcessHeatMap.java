package org.rejoin.insight.ui;

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
 * figures as a table (the diagram's text alternative), each linking to the cases at that step.
 */
class ProcessHeatMap extends Div {

    final ProcessDiagram diagram = new ProcessDiagram();
    final FigureTable table;

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
                        .collect(Collectors.joining(", ")) + ". The table below lists the same figures.");

        table = new FigureTable(heading + ": open steps by step", "Step", "Open steps");
        counts.forEach(c -> table.add(c.elementName(), FigureTable.number(c.openTasks(),
                CaseListFilter.of(CaseListFilter.Kind.ELEMENT, "process", processId, "element", c.elementId()).ofSchool(school),
                "open steps at " + c.elementName())));
        if (counts.isEmpty()) {
            table.addNothing("No open steps.", 2);
        }
        addClassName("process-heat-map");
        add(new H3(heading), diagram, table);
    }
}
