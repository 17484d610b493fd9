package org.rejoin.inbox.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.CompletedStep;
import org.rejoin.inbox.form.FormRepository;

/**
 * The case's chronology as far as the inbox knows it: every completed step once (its own name, which
 * may carry its number, so the list adds none), who did it, when, and their answers under the form's
 * own labels in the form's order.
 */
class CaseSoFar extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", UkDates.LOCALE);

    private int sectionsAdded;

    CaseSoFar(List<CompletedStep> steps, FormRepository forms, Function<String, Optional<String>> personName) {
        addClassName("case-so-far");
        add(new H2("The case so far"));
        if (steps.isEmpty()) {
            add(new Paragraph("This is the first step of the case."));
            return;
        }
        for (CompletedStep step : steps) {
            var item = new Div();
            item.addClassName("case-step");
            var heading = new H3(step.step());
            heading.addClassName("case-step-name");
            var who = new Paragraph(step.completerName() + ", " + WHEN.format(step.completedAt().atZone(UkDates.ZONE)));
            who.addClassName("case-step-by");
            item.add(heading, who);
            var answers = new DescriptionList();
            StepAnswers.of(step, forms, personName).forEach((label, text) -> answers.add(
                    new DescriptionList.Term(label), new DescriptionList.Description(text)));
            answers.addClassName("case-answers");
            item.add(answers);
            add(item);
        }
    }

    /** Another module's section (the family's own words), shown before the completed steps. */
    void addFirstAfterHeading(com.vaadin.flow.component.Component section) {
        addComponentAtIndex(1 + sectionsAdded++, section);
    }
}
