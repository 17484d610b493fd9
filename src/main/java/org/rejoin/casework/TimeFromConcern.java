package org.rejoin.casework;

import java.time.YearMonth;
import java.util.List;

/**
 * How many days after a case was opened (the first concern) something happened to it, in UK calendar days:
 * the median, how many within two, four and eight weeks or later, and the same by the month it happened.
 * {@code medianDays} is null when nothing is counted.
 */
public record TimeFromConcern(long count, Double medianDays, long underTwoWeeks, long twoToFourWeeks,
                              long fourToEightWeeks, long eightWeeksOrMore, List<Month> byMonth) {

    public static final TimeFromConcern NONE = new TimeFromConcern(0, null, 0, 0, 0, 0, List.of());

    /** The cases whose moment fell in one month, with their median. */
    public record Month(YearMonth month, long count, double medianDays) {
    }
}
