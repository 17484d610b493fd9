package org.rejoin.targeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.targeting.MeetingRefusedException.Field;
import org.rejoin.targeting.MeetingRefusedException.Part;

/**
 * What a meeting's record must say before it is kept. Meetings are recorded in the order they are held, on or
 * after the day (a meeting to come is in the diary, not here), so every action carried forward was agreed
 * at an earlier meeting and is closed at a later one.
 */
final class MeetingChecks {

    static final int MAX_ATTENDEES = 2000;
    static final int MAX_NOTES = 10_000;
    static final int MAX_ACTION = 1000;
    static final int MAX_NAME = 120;
    static final int MAX_NEW_ACTIONS = 30;

    private MeetingChecks() {
    }

    static void check(MeetingRecord record, LocalDate today, Optional<LocalDate> lastMeeting) {
        LocalDate heldOn = record.heldOn();
        refuseIf(heldOn == null, Field.DATE, "Enter the date of the meeting");
        refuseIf(heldOn.isAfter(today), Field.DATE, "A meeting is recorded on or after the day it is held: "
                + UkDates.format(heldOn) + " is still to come");
        lastMeeting.filter(heldOn::equals).ifPresent(last -> refuseIf(true, Field.DATE,
                "A meeting on " + UkDates.format(last) + " is already recorded for this school"));
        lastMeeting.filter(last -> heldOn.isBefore(last)).ifPresent(last -> refuseIf(true, Field.DATE,
                "This school's last meeting was on " + UkDates.format(last)
                        + ". Meetings are recorded in the order they are held, so this one comes after it"));
        refuseIf(blank(record.attendees()), Field.ATTENDEES, "Say who attended");
        refuseIf(record.attendees().strip().length() > MAX_ATTENDEES, Field.ATTENDEES,
                "Keep the list of who attended under " + MAX_ATTENDEES + " characters");
        refuseIf(record.notes() != null && record.notes().strip().length() > MAX_NOTES, Field.NOTES,
                "Keep the notes under " + MAX_NOTES + " characters");
        if (record.newActions().size() > MAX_NEW_ACTIONS) {
            throw MeetingRefusedException.newAction(MAX_NEW_ACTIONS, Part.WHAT,
                    "Agree at most " + MAX_NEW_ACTIONS + " new actions at one meeting");
        }
        for (int i = 0; i < record.newActions().size(); i++) {
            checkNew(i, record.newActions().get(i), heldOn);
        }
        record.carried().forEach(MeetingChecks::checkCarried);
    }

    private static void checkNew(int position, NewAction action, LocalDate heldOn) {
        String which = "New action " + (position + 1) + ": ";
        if (blank(action.action())) {
            throw MeetingRefusedException.newAction(position, Part.WHAT, which + "say what was agreed");
        }
        if (action.action().strip().length() > MAX_ACTION) {
            throw MeetingRefusedException.newAction(position, Part.WHAT,
                    which + "keep it under " + MAX_ACTION + " characters");
        }
        if (action.responsible() == null) {
            throw MeetingRefusedException.newAction(position, Part.WHOSE,
                    which + "say who does it: the school or the local authority");
        }
        if (action.responsibleName() != null && action.responsibleName().strip().length() > MAX_NAME) {
            throw MeetingRefusedException.newAction(position, Part.NAME,
                    which + "keep the name under " + MAX_NAME + " characters");
        }
        if (action.dueOn() != null && action.dueOn().isBefore(heldOn)) {
            throw MeetingRefusedException.newAction(position, Part.DUE,
                    which + "the date it is due is before the meeting");
        }
    }

    private static void checkCarried(UUID actionId, ActionOutcome outcome) {
        if (outcome.status() == ActionStatus.DROPPED && blank(outcome.note())) {
            throw MeetingRefusedException.carriedAction(actionId, "Say why this action was dropped");
        }
        if (outcome.note() != null && outcome.note().strip().length() > MAX_ACTION) {
            throw MeetingRefusedException.carriedAction(actionId, "Keep the note under " + MAX_ACTION + " characters");
        }
    }

    /** The actions carried forward that this record closes (done or dropped); the rest stay open. */
    static Map<UUID, ActionOutcome> closing(MeetingRecord record) {
        return record.carried().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().status() != null
                        && e.getValue().status() != ActionStatus.OPEN)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    static List<NewAction> tidy(List<NewAction> actions) {
        return actions.stream()
                .map(a -> new NewAction(a.action().strip(), a.responsible(), trimmed(a.responsibleName()), a.dueOn()))
                .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void refuseIf(boolean refused, Field field, String message) {
        if (refused) {
            throw new MeetingRefusedException(field, message);
        }
    }
}
