package org.rejoin.attendance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.rejoin.attendance.ThresholdFacts;
import org.rejoin.pupil.SchoolCalendar;

/**
 * Counts the statutory threshold facts of one pupil from their marks and the school's calendar (the rules are
 * in {@link ThresholdFacts}). Pure, so every boundary is tested without a database.
 */
public final class ThresholdCount {

    static final int SCHOOL_WEEKS = 10;
    /** How far back a period or a run is looked for: two years covers any calendar with terms. */
    private static final int SEARCH_WEEKS = 104;

    private ThresholdCount() {
    }

    /** A day's marks, by session ("AM", "PM"), as their categories' names. */
    public record DayMarks(Map<String, String> categoryBySession) {
        boolean allUnauthorised() {
            return !categoryBySession.isEmpty()
                    && categoryBySession.values().stream().allMatch("UNAUTHORISED_ABSENCE"::equals);
        }

        long unauthorised() {
            return categoryBySession.values().stream().filter("UNAUTHORISED_ABSENCE"::equals).count();
        }
    }

    public static ThresholdFacts count(UUID pupilId, LocalDate asOf, Map<LocalDate, DayMarks> marks,
                                       SchoolCalendar calendar) {
        LocalDate periodStart = periodStart(asOf, calendar);
        int unauthorised = (int) marks.entrySet().stream()
                .filter(e -> !e.getKey().isBefore(periodStart) && !e.getKey().isAfter(asOf))
                .mapToLong(e -> e.getValue().unauthorised()).sum();
        LocalDate runStart = null;
        int run = 0;
        LocalDate day = asOf;
        for (int i = 0; i < SEARCH_WEEKS * 7; i++, day = day.minusDays(1)) {
            if (!calendar.isSchoolDay(day)) {
                continue;
            }
            DayMarks marked = marks.get(day);
            if (marked == null || !marked.allUnauthorised()) {
                break;
            }
            run++;
            runStart = day;
        }
        LocalDate tenthDay = run >= 10 ? calendar.addSchoolDays(runStart, 9) : null;
        return new ThresholdFacts(pupilId, asOf, unauthorised, periodStart, run, runStart, tenthDay);
    }

    /** The Monday of the 10th school week back from the week holding {@code asOf} (that week counts as one). */
    static LocalDate periodStart(LocalDate asOf, SchoolCalendar calendar) {
        LocalDate monday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = monday;
        int weeks = 0;
        for (int i = 0; i < SEARCH_WEEKS && weeks < SCHOOL_WEEKS; i++, monday = monday.minusWeeks(1)) {
            LocalDate week = monday;
            if (IntStream.range(0, 5).anyMatch(d -> calendar.isSchoolDay(week.plusDays(d)))) {
                weeks++;
                start = week;
            }
        }
        return start;
    }

}
