package org.rejoin.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.SchoolCalendar;

/**
 * Made-up but realistic attendance: most pupils attend well; some decline, some improve, some
 * miss the same weekday, a few are severely absent. Marks are drawn session by session.
 */
final class DemoAttendance {

    enum Pattern { STEADY, DECLINING, IMPROVING, SAME_WEEKDAY, SEVERE }

    private final Random random;

    DemoAttendance(Random random) {
        this.random = random;
    }

    Pattern pickPattern() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return Pattern.STEADY;
        }
        if (roll < 80) {
            return Pattern.DECLINING;
        }
        if (roll < 87) {
            return Pattern.IMPROVING;
        }
        return roll < 95 ? Pattern.SAME_WEEKDAY : Pattern.SEVERE;
    }

    /**
     * How a pupil attended the year before: most who struggle this year attended well then (the drop a champion
     * acts on); those severely absent were already; those improving now had declined.
     */
    static Pattern lastYear(Pattern thisYear) {
        return switch (thisYear) {
            case SEVERE -> Pattern.SEVERE;
            case IMPROVING -> Pattern.DECLINING;
            default -> Pattern.STEADY;
        };
    }

    List<AttendanceWeek> weeks(UUID pupilId, Pattern pattern, List<LocalDate> mondays, SchoolCalendar calendar) {
        List<AttendanceWeek> weeks = new ArrayList<>();
        DayOfWeek missedDay = random.nextBoolean() ? DayOfWeek.MONDAY : DayOfWeek.FRIDAY;
        for (int w = 0; w < mondays.size(); w++) {
            double progress = mondays.size() == 1 ? 1 : (double) w / (mondays.size() - 1);
            double chance = switch (pattern) {
                case STEADY -> 0.97;
                case DECLINING -> 0.97 - 0.35 * progress;
                case IMPROVING -> 0.72 + 0.24 * progress;
                case SAME_WEEKDAY -> 0.97;
                case SEVERE -> 0.45;
            };
            weeks.add(week(pupilId, mondays.get(w), calendar, chance, pattern == Pattern.SAME_WEEKDAY ? missedDay : null));
        }
        return weeks;
    }

    /**
     * A pupil who had a drop some time in the last year and came back ({@link DemoYearOfCasework}): attending well,
     * falling over the eight weeks before the case opened, low while the school found out why, back over the weeks
     * the plan's steps were taken, and attending well since.
     */
    List<AttendanceWeek> recovering(UUID pupilId, LocalDate caseOpened, List<LocalDate> mondays, SchoolCalendar calendar) {
        List<AttendanceWeek> weeks = new ArrayList<>();
        for (LocalDate monday : mondays) {
            weeks.add(week(pupilId, monday, calendar, chanceAround(ChronoUnit.WEEKS.between(caseOpened, monday)), null));
        }
        return weeks;
    }

    /** The chance of attending a session this many weeks after the case opened (negative: before). */
    private static double chanceAround(long week) {
        if (week < -8) {
            return 0.97;
        }
        if (week < 0) {
            return 0.97 - 0.32 * (8 + week) / 8; // down to 0.69 the week before
        }
        if (week < 2) {
            return 0.72;
        }
        return week < 5 ? 0.72 + 0.25 * (week - 1) / 4 : 0.97;
    }

    private AttendanceWeek week(UUID pupilId, LocalDate monday, SchoolCalendar calendar, double chance, DayOfWeek missed) {
        StringBuilder marks = new StringBuilder();
        int possible = 0;
        int present = 0;
        int authorised = 0;
        int unauthorised = 0;
        int late = 0;
        for (int day = 0; day < 5; day++) {
            LocalDate date = monday.plusDays(day);
            boolean absentAllDay = missed == date.getDayOfWeek() && random.nextDouble() < 0.8;
            for (int session = 0; session < 2; session++) {
                if (!calendar.isSchoolDay(date)) {
                    marks.append('-');
                    continue;
                }
                possible++;
                if (!absentAllDay && random.nextDouble() < chance) {
                    present++;
                    boolean isLate = session == 0 && random.nextDouble() < 0.04;
                    late += isLate ? 1 : 0;
                    marks.append(isLate ? 'L' : '/');
                } else if (random.nextDouble() < 0.6) {
                    authorised++;
                    marks.append('A');
                } else {
                    unauthorised++;
                    marks.append('U');
                }
            }
        }
        return new AttendanceWeek(pupilId, monday, possible, present, authorised, unauthorised, late, marks.toString());
    }
}
