package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code AttendanceConcern} decision evaluated by the engine (as deployed at start-up), one row
 * per outcome and per boundary. Expectations are written by hand from the guidance, not read from
 * the DMN. A pupil whose attendance is all good is 100, 100, 0, 0, 0, false, 0.
 */
@org.rejoin.RejoinTest
class AttendanceConcernDecisionTests {

    private static final String SEVERE = "Missed half or more of sessions in the last 4 weeks";
    private static final String FIVE_DAYS = "Five or more school days missed in a row";
    private static final String PERSISTENT = "Persistently absent: missed 10% or more of sessions over 12 weeks";
    private static final String BELOW_90 = "Below 90% over the last 4 weeks";
    private static final String RULE_OF_3 = "Rule of 3: three days missed this half term already costs 90% over a year";
    private static final String DROPPING = "Attendance has dropped 5 points or more since last half term: act before 90%";
    private static final String WEEKDAY = "Absences fall on the same weekday";
    private static final String LATE = "Late five or more times in 4 weeks";
    private static final String BELOW_95 = "Below 95% over the last 4 weeks";
    private static final String FINE = "Attendance is where it should be";

    @Autowired
    ConcernTriage triage;

    @ParameterizedTest(name = "[{index}] {0}: {1}% 4w, {2}% 12w, {3} pts, {4} in a row, {5} this half term, weekday {6}, late {7} -> {8}")
    @CsvSource(delimiter = '|', textBlock = """
            all good                            | 100   | 100   |  0    | 0 | 0 | false | 0 | NO_ACTION     | FINE
            half missed in 4 weeks              | 50    | 100   |  0    | 0 | 0 | false | 0 | URGENT        | SEVERE
            just over half attended             | 50.1  | 100   |  0    | 0 | 0 | false | 0 | START_JOURNEY | BELOW_90
            nothing attended                    | 0     | 0     | -100  | 9 | 9 | true  | 0 | URGENT        | SEVERE
            five days in a row                  | 100   | 100   |  0    | 5 | 0 | false | 0 | URGENT        | FIVE_DAYS
            four days in a row                  | 100   | 100   |  0    | 4 | 0 | false | 0 | NO_ACTION     | FINE
            four in a row are also four days    | 100   | 100   |  0    | 4 | 4 | false | 0 | START_JOURNEY | RULE_OF_3
            exactly 90% over 12 weeks           | 100   | 90    |  0    | 0 | 0 | false | 0 | START_JOURNEY | PERSISTENT
            90.1% over 12 weeks                 | 100   | 90.1  |  0    | 0 | 0 | false | 0 | NO_ACTION     | FINE
            89.9% over 4 weeks                  | 89.9  | 100   |  0    | 0 | 0 | false | 0 | START_JOURNEY | BELOW_90
            exactly 90% over 4 weeks            | 90    | 100   |  0    | 0 | 0 | false | 0 | MONITOR       | BELOW_95
            three days this half term           | 100   | 100   |  0    | 0 | 3 | false | 0 | START_JOURNEY | RULE_OF_3
            two days this half term             | 100   | 100   |  0    | 0 | 2 | false | 0 | NO_ACTION     | FINE
            dropped 5 points, 94.9%             | 94.9  | 100   | -5    | 0 | 0 | false | 0 | START_JOURNEY | DROPPING
            dropped 4.9 points, 94.9%           | 94.9  | 100   | -4.9  | 0 | 0 | false | 0 | MONITOR       | BELOW_95
            dropped 5 points but still 95%      | 95    | 100   | -5    | 0 | 0 | false | 0 | NO_ACTION     | FINE
            improved by 10 points, 94.9%        | 94.9  | 100   |  10   | 0 | 0 | false | 0 | MONITOR       | BELOW_95
            same weekday                        | 100   | 100   |  0    | 0 | 0 | true  | 0 | START_JOURNEY | WEEKDAY
            late 5 times                        | 100   | 100   |  0    | 0 | 0 | false | 5 | MONITOR       | LATE
            late 4 times                        | 100   | 100   |  0    | 0 | 0 | false | 4 | NO_ACTION     | FINE
            94.9% over 4 weeks                  | 94.9  | 100   |  0    | 0 | 0 | false | 0 | MONITOR       | BELOW_95
            95% over 4 weeks                    | 95    | 100   |  0    | 0 | 0 | false | 0 | NO_ACTION     | FINE
            severe comes before five in a row   | 40    | 80    | -30   | 6 | 6 | true  | 9 | URGENT        | SEVERE
            five in a row before persistent     | 70    | 85    | -20   | 5 | 5 | false | 0 | URGENT        | FIVE_DAYS
            persistent before below 90          | 80    | 90    |  0    | 0 | 0 | false | 0 | START_JOURNEY | PERSISTENT
            a concern comes before lateness     | 100   | 100   |  0    | 0 | 0 | true  | 7 | START_JOURNEY | WEEKDAY
            lateness before below 95            | 92    | 100   |  0    | 0 | 0 | false | 5 | MONITOR       | LATE
            """)
    void decides(String name, double attendance4Weeks, double attendance12Weeks, double change, int consecutive,
                 int daysThisHalfTerm, boolean sameWeekday, int late, ConcernOutcome outcome, String reason) {
        var facts = new AttendanceFacts(UUID.randomUUID(), attendance4Weeks, attendance12Weeks, change, consecutive,
                daysThisHalfTerm, sameWeekday, late);

        TriagedPupil decided = triage.decide(facts);

        assertThat(decided.outcome()).as(name).isEqualTo(outcome);
        assertThat(decided.reason()).as(name).isEqualTo(reasonText(reason));
    }

    private static String reasonText(String key) {
        return switch (key) {
            case "SEVERE" -> SEVERE;
            case "FIVE_DAYS" -> FIVE_DAYS;
            case "PERSISTENT" -> PERSISTENT;
            case "BELOW_90" -> BELOW_90;
            case "RULE_OF_3" -> RULE_OF_3;
            case "DROPPING" -> DROPPING;
            case "WEEKDAY" -> WEEKDAY;
            case "LATE" -> LATE;
            case "BELOW_95" -> BELOW_95;
            case "FINE" -> FINE;
            default -> throw new IllegalArgumentException(key);
        };
    }
}
