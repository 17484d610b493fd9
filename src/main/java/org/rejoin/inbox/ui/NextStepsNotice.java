package org.rejoin.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.rejoin.inbox.WaitingStep;

/**
 * Shown once a step is submitted: what comes next and who holds it, with "Open it now" when it is mine
 * (or mine to take); when the case waits on others, on whom and until when.
 */
class NextStepsNotice extends Div {

    NextStepsNotice(String submittedStep, List<WaitingStep> next, DueText due, Consumer<WaitingStep> open) {
        addClassName("next-steps");
        getElement().setAttribute("role", "status");
        add(new H2("Submitted: " + submittedStep));
        if (next.isEmpty()) {
            add(new Paragraph("No step waits for anyone now: the process waits for a date or for news, or this "
                    + "part of the case is finished. The case page shows where it stands."));
            return;
        }
        List<WaitingStep> forMe = next.stream().filter(s -> s.mine() || s.canTake()).toList();
        List<WaitingStep> others = next.stream().filter(s -> !s.mine() && !s.canTake()).toList();
        for (WaitingStep step : forMe) {
            var line = new Paragraph("Next: " + step.step() + ". " + (step.mine() ? "It is yours"
                    : "It is for " + step.holder() + ", so you can take it") + "; "
                    + due.describeWithDate(step.dueDate(), step.schoolId()).toLowerCase(java.util.Locale.ROOT) + ".");
            line.addClassName("next-step-mine");
            var openIt = new Button("Open it now", e -> open.accept(step));
            openIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            openIt.setAriaLabel("Open it now: " + step.step());
            add(line, openIt);
        }
        if (!others.isEmpty()) {
            add(new Paragraph(forMe.isEmpty() ? "The case now waits on others:" : "The case also waits on:"));
            var list = new UnorderedList();
            for (WaitingStep step : others) {
                var item = new ListItem(new Span(step.step() + ": " + step.holder() + ", "
                        + due.describeWithDate(step.dueDate(), step.schoolId()).toLowerCase(java.util.Locale.ROOT)));
                item.addClassName("next-step-other");
                list.add(item);
            }
            add(list, new Paragraph("You will find these under \"Waiting on others\" in Tasks, where you can chase them."));
        }
    }
}
