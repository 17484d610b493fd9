package org.rejoin.referral.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseSection;
import org.rejoin.casework.CaseState;
import org.rejoin.referral.ReferralService;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * "Referrals to other agencies" on the case page: the case's referrals, and for its champions and leaders
 * while the case is open, a way to refer the pupil by hand. Staff with nothing to see get no section.
 */
@org.springframework.stereotype.Component
public class CaseReferralsSection implements CaseSection {

    private final ReferralService referrals;
    private final Clock clock;

    CaseReferralsSection(ReferralService referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> render(UserAccount user, CaseDetails details, Runnable recorded) {
        boolean mayRefer = (user.hasRole(Role.ATTENDANCE_CHAMPION) || user.hasRole(Role.LEADER))
                && details.summary().state() == CaseState.OPEN;
        var panel = new CaseReferralsPanel(referrals, user, details.summary().id(), mayRefer, recorded,
                Instant.now(clock));
        return panel.isEmpty() && !mayRefer ? Optional.empty() : Optional.of(panel);
    }
}
