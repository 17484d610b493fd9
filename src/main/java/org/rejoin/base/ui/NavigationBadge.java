package org.rejoin.base.ui;

import java.util.Optional;

/**
 * A feature can put a short count beside its menu entry (open tasks, say) by providing a bean of
 * this type, without the shell knowing the feature.
 */
public interface NavigationBadge {

    /** The badge text for the menu entry at {@code path}, with an accessible label; empty for none. */
    Optional<Badge> badgeFor(String path);

    record Badge(String text, String accessibleLabel, boolean urgent) {
    }
}
