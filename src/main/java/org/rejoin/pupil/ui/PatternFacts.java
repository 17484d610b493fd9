package org.rejoin.pupil.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.rejoin.pupil.AttendanceFacts;

/**
 * The pattern the attendance data shows, in the words the champion confirms in step 1: shown on the case
 * page and on the steps that ask about it, from the same figures.
 */
public class PatternFacts extends DescriptionList {

    public PatternFacts(AttendanceFacts facts) {
        addClassName("case-pattern");
        term("Last 4 weeks", percent(facts.attendance4Weeks()));
        term("Last 12 weeks", percent(facts.attendance12Weeks()));
        double change = facts.changeSincePreviousHalfTerm();
        term("Since the previous half term", Math.abs(change) < 0.05 ? "no change"
                : String.format(Locale.UK, "%s %.1f percentage points", change < 0 ? "down" : "up", Math.abs(change)));
        term("Days missed in a row", String.valueOf(facts.consecutiveDaysMissed()));
        term("Days missed this half term", String.valueOf(facts.daysMissedThisHalfTerm()));
        term("Same weekday missed again and again", facts.sameWeekdayPattern() ? "yes" : "no");
        term("Late sessions, last 4 weeks", String.valueOf(facts.lateSessions4Weeks()));
    }

    private void term(String name, String value) {
        add(new Term(name), new Description(new Span(value)));
    }

    private static String percent(double value) {
        return String.format(Locale.UK, "%.1f%%", value);
    }
}
