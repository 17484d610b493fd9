package org.rejoin.referral;

import org.springframework.stereotype.Service;

/** Multi-agency referrals: asking for one, following it, and the partners' view of what was shared. */
@Service
public class ReferralService {

    /**
     * Records the referral (once per referral id) and starts its process by the {@code ReferralRequested}
     * message, through a module event so an engine outage delays it but never loses it.
     */
    public void request(ReferralRequest request) {
        throw new UnsupportedOperationException("Being built: multi-agency referral records (issue 5)");
    }
}
