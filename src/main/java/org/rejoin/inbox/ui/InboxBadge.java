package org.rejoin.inbox.ui;

import java.util.Optional;
import org.rejoin.base.ui.NavigationBadge;
import org.rejoin.inbox.InboxCounts;
import org.rejoin.inbox.InboxService;
import org.rejoin.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The count beside "Tasks" in the menu: my open tasks, in red when some of mine or my groups' are overdue. */
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

    private static Badge badge(InboxCounts counts) {
        String label = counts.mine() + " open tasks assigned to you, " + counts.overdue() + " overdue";
        String text = counts.overdue() > 0 ? counts.mine() + " · " + counts.overdue() + " overdue" : String.valueOf(counts.mine());
        return new Badge(text, label, counts.overdue() > 0);
    }
}
