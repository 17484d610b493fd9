package org.rejoin.casework.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.rejoin.base.ui.ProcessDiagram;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseState;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.InboxTask;

/**
 * Where the case is now, in words (the open steps, who holds them, when they are due) and as a picture:
 * the process diagram with the current steps highlighted.
 */
class NowPanel extends Div {

    final ProcessDiagram diagram = new ProcessDiagram();

    NowPanel(List<InboxTask> open, CaseDetails details, ProcessDiagrams diagrams) {
        addClassName("case-now");
        add(new H2("Where the case is now"));
        if (details.summary().state() == CaseState.CLOSED) {
            add(new Paragraph("The case is closed."));
            return;
        }
        if (open.isEmpty()) {
            add(new Paragraph(details.journeyStartedAt() == null ? "The journey is starting."
                    : "No step is waiting for anyone right now: the process is waiting (for example for a meeting date "
                    + "or a deadline). The story below shows the latest."));
            return;
        }
        var steps = new UnorderedList();
        for (InboxTask task : open) {
            steps.add(new ListItem(new Anchor("tasks/" + task.id(), task.name()),
                    new com.vaadin.flow.component.html.Span(" — " + holder(task) + due(task))));
        }
        add(steps);
        // the stage's own process is the picture; referrals and safeguarding beside it are listed above
        String stageProcess = details.summary().stage().processId();
        String processId = open.stream().map(InboxTask::processId).filter(id -> id.equals(stageProcess))
                .findFirst().orElse(open.getFirst().processId());
        List<InboxTask> shown = open.stream().filter(task -> task.processId().equals(processId)).toList();
        diagrams.xml(processId).ifPresent(xml -> {
            diagram.setDiagramXml(xml);
            diagram.setDiagramHeight("30rem");
            diagram.setActiveElements(shown.stream().map(InboxTask::elementId).distinct().toList());
            diagram.setAccessibleName("Process diagram of the case; current steps: "
                    + String.join(", ", shown.stream().map(InboxTask::name).distinct().toList()));
            var picture = new Details("The process diagram, with the current steps highlighted", diagram);
            picture.setOpened(true);
            add(picture);
        });
    }

    private static String holder(InboxTask task) {
        if (task.assignee() == null) {
            return "waiting for someone to pick it up";
        }
        return "with " + task.holderName(); // read with the step, so a holder outside the team is named too
    }

    private static String due(InboxTask task) {
        return task.dueDate() == null ? "" : ", due " + UkDates.format(task.dueDate().atZone(UkDates.ZONE).toLocalDate());
    }
}
