package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rejoin.TestData;

/**
 * A school of our own with seven pupils whose twelve weeks of attendance (Monday 8 September to
 * Friday 28 November 2025) each exercise one attendance fact. Facts are taken as of {@link #AS_OF}.
 */
final class ConcernFixture {

    static final LocalDate FIRST_WEEK = LocalDate.of(2025, 9, 8);
    /** The Friday of the twelfth week. */
    static final LocalDate AS_OF = FIRST_WEEK.plusWeeks(11).plusDays(4);
    static final String ALL_PRESENT = "//////////";

    final UUID school;
    /** Misses every Monday (both sessions, U) of the last six weeks; one absent week after as-of. */
    final UUID mondays;
    /** Absent Thu+Fri of week 11 and Mon, Wed, Thu of week 12 (no sessions Tue and Fri). */
    final UUID fiveInARow;
    /** Always present, late 6 times in the last 4 weeks and once before. */
    final UUID late;
    /** Weeks without session marks: 10/10 for 8 weeks, then 9/10. */
    final UUID noMarks;
    /** No attendance recorded at all. */
    final UUID nothingRecorded;
    /** One absent morning in week 10, otherwise present. */
    final UUID good;
    /** Present 2 of 10 sessions (Wednesday) in each of the last 4 weeks. */
    final UUID severe;

    ConcernFixture(SchoolService schools, PupilService pupils) {
        String tag = TestData.uniqueUrn();
        school = schools.create(tag, "Concern School " + tag, "Testshire").id();
        mondays = pupil(pupils, tag, 1, "Monday");
        fiveInARow = pupil(pupils, tag, 2, "Fivedays");
        late = pupil(pupils, tag, 3, "Late");
        noMarks = pupil(pupils, tag, 4, "Nomarks");
        nothingRecorded = pupil(pupils, tag, 5, "Nothing");
        good = pupil(pupils, tag, 6, "Good");
        severe = pupil(pupils, tag, 7, "Severe");

        List<AttendanceWeek> weeks = new ArrayList<>();
        for (int w = 1; w <= 12; w++) {
            weeks.add(w <= 6 ? marked(mondays, w, ALL_PRESENT) : marked(mondays, w, "UU////////"));
            weeks.add(switch (w) {
                case 11 -> marked(fiveInARow, w, "//////AUAU");
                case 12 -> marked(fiveInARow, w, "AA--UUAA--");
                default -> marked(fiveInARow, w, ALL_PRESENT);
            });
            weeks.add(switch (w) {
                case 8, 10 -> marked(late, w, "L/////////");
                case 9 -> marked(late, w, "L/L///////");
                case 11 -> marked(late, w, "L/L/L/////");
                default -> marked(late, w, ALL_PRESENT);
            });
            weeks.add(w <= 8 ? new AttendanceWeek(noMarks, week(w), 10, 10, 0, 0, 0, null)
                    : new AttendanceWeek(noMarks, week(w), 10, 9, 1, 0, 0, null));
            weeks.add(marked(good, w, w == 10 ? "/A////////" : ALL_PRESENT));
            weeks.add(marked(severe, w, w <= 8 ? ALL_PRESENT : "UUAA//UUAA"));
        }
        weeks.add(marked(mondays, 13, "AAAAAAAAAA")); // after the as-of date: must not count
        pupils.recordAttendance(weeks);
    }

    static LocalDate week(int number) {
        return FIRST_WEEK.plusWeeks(number - 1);
    }

    /** A week from its marks, with the counts the marks imply. */
    static AttendanceWeek marked(UUID pupil, int number, String marks) {
        int possible = 0;
        int present = 0;
        int authorised = 0;
        int unauthorised = 0;
        int late = 0;
        for (char c : marks.toCharArray()) {
            switch (c) {
                case '/' -> { possible++; present++; }
                case 'L' -> { possible++; present++; late++; }
                case 'A' -> { possible++; authorised++; }
                case 'U' -> { possible++; unauthorised++; }
                default -> { }
            }
        }
        return new AttendanceWeek(pupil, week(number), possible, present, authorised, unauthorised, late, marks);
    }

    private UUID pupil(PupilService pupils, String tag, int serial, String surname) {
        String upn = Upn.withCheckLetter("998" + tag + String.format("%03d", serial)).value();
        return pupils.register(new NewPupil(school, upn, "Pupil", surname, LocalDate.of(2012, 5, 1), 9,
                SenStatus.NONE, null));
    }
}
