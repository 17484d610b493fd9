package org.rejoin.casework.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import org.rejoin.base.ui.AnswerText;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.ChronologyEntry;

/** One entry of the chronology: what, when, who, and any answers given. */
class ChronologyItem extends ListItem {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", UkDates.LOCALE);

    ChronologyItem(ChronologyEntry entry) {
        addClassNames("chronology-entry", "kind-" + entry.kind().name().toLowerCase(UkDates.LOCALE));
        var meta = new Paragraph(new Span(entry.kind().label()), new Span(" · " + WHEN.format(entry.occurredAt()
                .atZone(UkDates.ZONE))), new Span(" · " + who(entry)));
        meta.addClassName("chronology-meta");
        add(new H3(entry.title()), meta);
        if (entry.body() != null && !entry.body().isBlank()) {
            var body = new Paragraph(entry.body());
            body.addClassName("chronology-body");
            add(body);
        }
        if (!entry.details().isEmpty()) {
            var answers = new DescriptionList();
            entry.details().entrySet().stream().filter(e -> !e.getKey().endsWith("Id")) // ids mean nothing to people
                    .forEach(e -> answers.add(new DescriptionList.Term(AnswerText.label(e.getKey())),
                            new DescriptionList.Description(new Span(AnswerText.text(entry.inWords(e.getValue()))))));
            answers.addClassName("chronology-answers");
            add(answers);
        }
    }

    private static String who(ChronologyEntry entry) {
        if (entry.actor() == null) {
            return "Rejoin";
        }
        return entry.actorName() == null ? entry.actor() : entry.actorName();
    }
}
