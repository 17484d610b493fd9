package org.rejoin.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in English schools write them: 23 Nov 2026, Monday 23 November 2026, 23 Nov. */
public final class UkDates {

    public static final Locale LOCALE = Locale.UK;
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", LOCALE);
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    public static String formatLong(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** 8 Sept: for axis labels, where the year is plain from the context. */
    public static String formatDayMonth(LocalDate date) {
        return date == null ? "" : DAY_MONTH.format(date);
    }

    /** 8 September 2025: for sentences read aloud. */
    public static String formatInWords(LocalDate date) {
        return date == null ? "" : WORDS.format(date);
    }

    /** 8 Sept 2025, 14:05: a moment, in UK time. */
    public static String formatDateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZone(ZONE));
    }
}
