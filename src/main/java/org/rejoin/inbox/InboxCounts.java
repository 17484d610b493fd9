package org.rejoin.inbox;

/** For the navigation: open tasks assigned to me, and overdue tasks that are mine or my groups'. */
public record InboxCounts(long mine, long overdue) {
}
