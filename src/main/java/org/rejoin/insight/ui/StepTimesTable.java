package org.rejoin.insight.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.rejoin.inbox.InboxFigures.StepTime;

/**
 * How long each step of one process takes the school: from reaching someone's inbox to being submitted,
 * the median over the steps completed in the last 12 months, so slow steps stand out.
 */
class StepTimesTable extends FigureTable {

    StepTimesTable(String heading, String processId, List<StepTime> times) {
        super(heading + ": how long each step takes (median, last 12 months)", "Step", "Times done", "Median time");
        List<StepTime> ofProcess = times.stream().filter(t -> t.processId().equals(processId))
                .sorted((a, b) -> Double.compare(b.medianHours(), a.medianHours())).toList();
        ofProcess.forEach(t -> add(t.elementName(), new Span(String.valueOf(t.completed())),
                new Span(duration(t.medianHours()))));
        if (ofProcess.isEmpty()) {
            addNothing("No step of this process was completed in the last 12 months.", 3);
        }
    }

    /** "under an hour", "5 hours", "2.5 days". */
    static String duration(double hours) {
        if (hours < 1) {
            return "under an hour";
        }
        if (hours < 48) {
            long whole = Math.round(hours);
            return whole + (whole == 1 ? " hour" : " hours");
        }
        return String.format(Locale.UK, "%.1f days", hours / 24);
    }
}
