package org.rejoin.inbox;

/**
 * For the navigation: open tasks assigned to me, overdue tasks that are mine or my groups', and unclaimed
 * tasks offered to my groups (what I could take now).
 */
public record InboxCounts(long mine, long overdue, long unclaimedForMyGroups) {

    /** Everything I can act on now: mine, and what waits for anyone in my role. */
    public long actionable() {
        return mine + unclaimedForMyGroups;
    }
}
