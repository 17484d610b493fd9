package org.rejoin.attendance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One pupil's facts for the statutory thresholds of "Working together to improve school attendance" (2024),
 * as of a day: the inputs of the {@code StatutoryThresholds} decision ({@code bpmn/statutory-thresholds.dmn}).
 * <ul>
 * <li>{@code unauthorisedSessions}: sessions marked G, N, O or U in the last 10 school weeks up to the day, a
 * school week being any week with at least one school day (so a half-term week is skipped, and the period may
 * span terms and school years); the period starts on {@code periodStart};</li>
 * <li>{@code continuousDaysAbsent}: school days in a row, up to the day, on which every marked session was
 * unexplained or unauthorised (G, N, O, U); weekends and days the school is closed do not break the run, a school
 * day with any other mark or with no mark does. {@code runStart} is its first day and {@code tenthDay} the day it
 * reached 10 (null below 10).</li>
 * </ul>
 */
public record ThresholdFacts(UUID pupilId, LocalDate asOf, int unauthorisedSessions, LocalDate periodStart,
                             int continuousDaysAbsent, LocalDate runStart, LocalDate tenthDay) {

    /** The decision's input variables, named as in the DMN. */
    public Map<String, Object> toVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("unauthorisedSessionsIn10SchoolWeeks", unauthorisedSessions);
        variables.put("continuousSchoolDaysAbsent", continuousDaysAbsent);
        return variables;
    }
}
