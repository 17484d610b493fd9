package org.rejoin.inbox.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.rejoin.base.ui.ProcessDiagram;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.InboxTask;

/**
 * "Where this step is in the process": the task's process diagram with this step highlighted and
 * said in words. Closed at first; the diagram is sent to the browser only when it is opened.
 */
class StepInProcess extends Details {

    static final String SUMMARY = "Where this step is in the process";

    final ProcessDiagram diagram = new ProcessDiagram();
    private final String xml;

    StepInProcess(InboxTask task, ProcessDiagrams diagrams) {
        setSummaryText(SUMMARY);
        setWidthFull();
        addClassName("step-in-process");
        xml = diagrams.xml(task.processId()).orElse(null);
        if (xml == null) {
            add(new Paragraph("There is no diagram of this process to show."));
            return;
        }
        diagram.setAccessibleName("Diagram of the process this step belongs to");
        diagram.setActiveElements(List.of(task.elementId()));
        diagram.setTextAlternative("This step, \u201c" + task.name() + "\u201d, is outlined in the diagram and labelled "
                + "\u201cNow\u201d. The steps before it are to its left and the steps after it follow the arrows.");
        add(diagram);
        addOpenedChangeListener(event -> {
            if (event.isOpened() && diagram.getDiagramXml().isEmpty()) {
                diagram.setDiagramXml(xml);
            }
        });
    }
}
