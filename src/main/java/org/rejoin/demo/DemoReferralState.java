package org.rejoin.demo;

/** How far a demo referral gets, each through the referral process's own steps. */
enum DemoReferralState {
    /** Described by the champion; a leader is to approve it. */
    AWAITING_APPROVAL,
    /** Sent: the agency is to accept or decline. */
    WAITING_FOR_AGENCY,
    /** Accepted; the agency's assessment is under way. */
    BEING_ASSESSED,
    /** Declined with a reason; the champion reviews the alternatives. */
    DECLINED,
    /** Sent, then withdrawn by the school. */
    WITHDRAWN;

    boolean sent() {
        return this != AWAITING_APPROVAL;
    }
}
