package org.rejoin.support.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;

/**
 * Which C2 days (leave of absence for a pupil on a part-time timetable) no signed-off part-time timetable
 * covers: C2 is only right between the start and end dates of a timetable the lead champion signed off.
 */
final class PartTimeCover {

    record Period(LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private PartTimeCover() {
    }

    static List<LocalDate> uncovered(SortedSet<LocalDate> c2Days, Collection<Period> signedOff) {
        return c2Days.stream().filter(day -> signedOff.stream().noneMatch(p -> p.covers(day))).toList();
    }
}
