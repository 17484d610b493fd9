package org.rejoin.inbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rejoin.base.ui.AnswerText;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.CompletedStep;

/** The case's chronology as far as the inbox knows it: every completed step, who did it, when, and what they said. */
class CaseSoFar extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", UkDates.LOCALE);

    CaseSoFar(List<CompletedStep> steps) {
        addClassName("case-so-far");
        add(new H2("The case so far"));
        if (steps.isEmpty()) {
            add(new Paragraph("This is the first step of the case."));
            return;
        }
        var list = new OrderedList();
        for (CompletedStep step : steps) {
            var item = new ListItem(new Span(step.step() + ": " + step.completedBy() + ", "
                    + WHEN.format(step.completedAt().atZone(UkDates.ZONE))));
            step.answers().forEach((key, value) -> item.add(answer(key, value)));
            list.add(item);
        }
        add(list);
    }

    private static Paragraph answer(String key, Object value) {
        var line = new Paragraph(AnswerText.label(key) + ": " + AnswerText.text(value));
        line.addClassName("case-answer");
        return line;
    }
}
