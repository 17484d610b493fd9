package org.rejoin.targeting;

import java.util.UUID;

/**
 * A meeting that cannot be recorded as sent, with the reason in plain words and what it is about, so the form
 * shows it next to the right field and keeps everything typed.
 */
public class MeetingRefusedException extends IllegalArgumentException {

    /** What the refusal is about. */
    public enum Field { SCHOOL, DATE, ATTENDEES, NOTES, NEW_ACTION, CARRIED_ACTION }

    /** Which part of a new action a refusal is about. */
    public enum Part { WHAT, WHOSE, NAME, DUE }

    private final Field field;
    private final int newAction;
    private final Part part;
    private final UUID carriedAction;

    public MeetingRefusedException(Field field, String message) {
        this(field, -1, null, null, message);
    }

    public static MeetingRefusedException newAction(int position, Part part, String message) {
        return new MeetingRefusedException(Field.NEW_ACTION, position, part, null, message);
    }

    public static MeetingRefusedException carriedAction(UUID actionId, String message) {
        return new MeetingRefusedException(Field.CARRIED_ACTION, -1, null, actionId, message);
    }

    private MeetingRefusedException(Field field, int newAction, Part part, UUID carriedAction, String message) {
        super(message);
        this.field = field;
        this.newAction = newAction;
        this.part = part;
        this.carriedAction = carriedAction;
    }

    public Field field() {
        return field;
    }

    /** For {@link Field#NEW_ACTION}: the position of the new action in the record (from 0), or -1. */
    public int newAction() {
        return newAction;
    }

    /** For {@link Field#NEW_ACTION}: the part of the action it is about. */
    public Part part() {
        return part;
    }

    /** For {@link Field#CARRIED_ACTION}: the action carried forward it is about. */
    public UUID carriedAction() {
        return carriedAction;
    }
}
