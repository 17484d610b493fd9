package org.rejoin.notification;

/** What an email is about; each person chooses per kind how to hear of it (safeguarding: always at once). */
public enum NotificationKind {
    STEP_OFFERED("A step lands in your tasks"),
    STEP_DUE("A step is due tomorrow, or overdue"),
    ESCALATION("Something is escalated to you"),
    REFERRAL_RECEIVED("A referral reaches your agency"),
    REFERRAL_DECIDED("A referral you lead is accepted, declined or withdrawn"),
    SAFEGUARDING("A safeguarding concern (always at once)"),
    INVITATION("Your invitation to Rejoin, or a new sign-in link (always at once)"),
    DIGEST("Your daily digest");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Safeguarding cannot wait for a digest or be switched off; an invitation goes to someone who has no
     * settings yet; the digest is not chosen, it follows the rest.
     */
    public boolean isChoosable() {
        return this != SAFEGUARDING && this != INVITATION && this != DIGEST;
    }
}
