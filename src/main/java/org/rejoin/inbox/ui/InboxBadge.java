package org.rejoin.inbox.ui;

import java.util.Optional;
import org.rejoin.base.ui.NavigationBadge;
import org.rejoin.inbox.InboxCounts;
import org.rejoin.inbox.InboxService;
import org.rejoin.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The count beside "Tasks" in the menu: what I can act on (my open tasks and those waiting for anyone in my
 * role), in red when some are overdue, and said in words for screen readers.
 */
@Component
class InboxBadge implements NavigationBadge {

    private final InboxService inbox;
    private final CurrentUser currentUser;

    InboxBadge(InboxService inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Badge> badgeFor(String path) {
        if (!InboxView.ROUTE.equals(path.replaceFirst("^/", ""))) {
            return Optional.empty();
        }
        return currentUser.get().map(inbox::counts).map(InboxBadge::badge);
    }

    static Badge badge(InboxCounts counts) {
        String label = "You can act on " + steps(counts.actionable()) + ": " + counts.mine() + " assigned to you and "
                + counts.unclaimedForMyGroups() + " waiting for anyone in your role; " + counts.overdue() + " overdue";
        String text = counts.overdue() > 0 ? counts.actionable() + " · " + counts.overdue() + " overdue"
                : String.valueOf(counts.actionable());
        return new Badge(text, label, counts.overdue() > 0);
    }

    private static String steps(long n) {
        return n == 1 ? "1 step" : n + " steps";
    }
}
