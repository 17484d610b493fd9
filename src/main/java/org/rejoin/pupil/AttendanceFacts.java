package org.rejoin.pupil;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One pupil's attendance facts as of a date: the inputs of the {@code AttendanceConcern} decision
 * ({@code bpmn/attendance-concern.dmn}). Percentages are of possible sessions (100 when none were
 * possible); {@code changeSincePreviousHalfTerm} is in percentage points, negative for a drop.
 */
public record AttendanceFacts(UUID pupilId, double attendance4Weeks, double attendance12Weeks,
                              double changeSincePreviousHalfTerm, int consecutiveDaysMissed,
                              int daysMissedThisHalfTerm, boolean sameWeekdayPattern, int lateSessions4Weeks) {

    /** The decision's input variables, named as in the DMN. */
    public Map<String, Object> toVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("attendance4Weeks", attendance4Weeks);
        variables.put("attendance12Weeks", attendance12Weeks);
        variables.put("changeSincePreviousHalfTerm", changeSincePreviousHalfTerm);
        variables.put("consecutiveDaysMissed", consecutiveDaysMissed);
        variables.put("daysMissedThisHalfTerm", daysMissedThisHalfTerm);
        variables.put("sameWeekdayPattern", sameWeekdayPattern);
        variables.put("lateSessions4Weeks", lateSessions4Weeks);
        return variables;
    }
}
