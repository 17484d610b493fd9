package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.rejoin.pupil.SchoolCalendar;
import org.springframework.stereotype.Component;

/** Starts a {@link SessionImport} against a school's roll and calendar. */
@Component
public class SessionImports {

    private final SessionStore store;

    SessionImports(SessionStore store) {
        this.store = store;
    }

    public SessionImport start(Map<String, UUID> pupilsByUpn, Map<String, UUID> pupilsByMisId, SchoolCalendar calendar, LocalDate today) {
        return new SessionImport(store, new RegisterRules(pupilsByUpn, pupilsByMisId, calendar, today));
    }
}
