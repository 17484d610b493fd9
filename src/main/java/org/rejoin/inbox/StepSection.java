package org.rejoin.inbox;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.rejoin.security.UserAccount;

/**
 * Lets another module add what it knows to a step's "case so far" (the family's own words before a review, say)
 * without the inbox depending on it; the words stay in that module's tables, not in the step's variables. The
 * step's page has already checked the person may reach the step; a section still reads its data through its own
 * scoped service and shows nothing when that refuses.
 */
public interface StepSection {

    /** The section for this step, or empty when it has nothing for it. */
    Optional<Component> render(UserAccount user, InboxTask task);
}
