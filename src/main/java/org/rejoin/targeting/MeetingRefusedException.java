package org.rejoin.targeting;

import java.util.UUID;

/**
 * A meeting that cannot be recorded as sent, with the reason in plain words and what it is about, so the form
 * shows it next to the right field and keeps everything typed.
 */
public class MeetingRefusedException extends IllegalArgumentException {

    /** What the refusal is about. */
    public enum Field { SCHOOL, DATE, ATTENDEES, NOTES, NEW_ACTION, CARRIED_ACTION }

    private final Field field;
    private final int newAction;
    private final UUID carriedAction;

    public MeetingRefusedException(Field field, String message) {
        this(field, -1, null, message);
    }

    public static MeetingRefusedException newAction(int position, String message) {
        return new MeetingRefusedException(Field.NEW_ACTION, position, null, message);
    }

    public static MeetingRefusedException carriedAction(UUID actionId, String message) {
        return new MeetingRefusedException(Field.CARRIED_ACTION, -1, actionId, message);
    }

    private MeetingRefusedException(Field field, int newAction, UUID carriedAction, String message) {
        super(message);
        this.field = field;
        this.newAction = newAction;
        this.carriedAction = carriedAction;
    }

    public Field field() {
        return field;
    }

    /** For {@link Field#NEW_ACTION}: the position of the new action in the record (from 0), or -1. */
    public int newAction() {
        return newAction;
    }

    /** For {@link Field#CARRIED_ACTION}: the action carried forward it is about. */
    public UUID carriedAction() {
        return carriedAction;
    }
}
