package org.rejoin.casework;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.rejoin.security.UserAccount;

/**
 * Lets a process module add its own section to the case page (the stepped support plan, the referrals)
 * without casework depending on it. The case page has already checked the user may see the case; a
 * section still reads its data through its own scoped service.
 */
public interface CaseSection {

    /** Position among the sections shown after the attendance chart: lower first. */
    int order();

    /**
     * The section for this case, or empty when it has nothing to show. {@code recorded} refreshes the
     * case's chronology after the section added something to it.
     */
    Optional<Component> render(UserAccount user, CaseDetails details, Runnable recorded);
}
