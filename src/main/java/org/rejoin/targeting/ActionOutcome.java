package org.rejoin.targeting;

/** What a meeting says of an action carried forward: done, dropped (saying why) or still open. */
public record ActionOutcome(ActionStatus status, String note) {

    public static ActionOutcome stillOpen() {
        return new ActionOutcome(ActionStatus.OPEN, null);
    }
}
