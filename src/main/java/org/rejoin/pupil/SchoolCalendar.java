package org.rejoin.pupil;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The days a school is open: weekdays inside its terms, less bank holidays and closures
 * (INSET days, half-term). Deadlines in the guidance are counted in these days.
 */
public final class SchoolCalendar {

    /** Protects against a calendar with no future terms turning a deadline into an endless loop. */
    private static final int SEARCH_LIMIT_DAYS = 3 * 366;

    private final List<DateRange> terms;
    private final List<DateRange> closures;
    private final Set<LocalDate> bankHolidays;

    public SchoolCalendar(List<DateRange> terms, List<DateRange> closures, Set<LocalDate> bankHolidays) {
        this.terms = List.copyOf(terms);
        this.closures = List.copyOf(closures);
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isSchoolDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && terms.stream().anyMatch(t -> t.contains(date))
                && closures.stream().noneMatch(c -> c.contains(date))
                && !bankHolidays.contains(date);
    }

    /** The school day {@code days} school days after {@code from} (from itself is not counted). */
    public LocalDate addSchoolDays(LocalDate from, int days) {
        return countSchoolDays(from, days, 1, "ahead of " + from + "; add the next terms' dates");
    }

    /** The school day {@code days} school days before {@code from} (from itself is not counted). */
    public LocalDate subtractSchoolDays(LocalDate from, int days) {
        return countSchoolDays(from, days, -1, "before " + from);
    }

    private LocalDate countSchoolDays(LocalDate from, int days, int direction, String noTermsMessage) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = from;
        int counted = 0;
        for (int i = 0; counted < days; i++) {
            if (i > SEARCH_LIMIT_DAYS) {
                throw new IllegalStateException("The school calendar has no terms far enough " + noTermsMessage);
            }
            date = date.plusDays(direction);
            if (isSchoolDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** School days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int schoolDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -schoolDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                count++;
            }
        }
        return count;
    }

    public record DateRange(LocalDate from, LocalDate to) {
        public DateRange {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("A date range ends on or after it starts");
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }
}
