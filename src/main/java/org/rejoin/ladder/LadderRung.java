package org.rejoin.ladder;

/** The rungs of the statutory ladder a family can be on, in the words the case page uses. */
public enum LadderRung {
    STARTED("Formal support has started: an attendance contract is being agreed with the parents."),
    CONTRACT("An attendance contract is agreed with the parents and will be reviewed."),
    CONTRACT_REFUSED("The parents refused an attendance contract; the support is being reviewed."),
    EARLY_HELP("An Early Help assessment has been asked for."),
    NOTICE_TO_IMPROVE("A notice to improve has been issued: the family is in its improvement period, with support."),
    PENALTY_NOTICE("A penalty notice has been requested from the local authority."),
    LEGAL_REFERRAL("The local authority has been asked to consider an education supervision order or prosecution.");

    private final String sentence;

    LadderRung(String sentence) {
        this.sentence = sentence;
    }

    /** Where the family is, in one plain sentence. */
    public String sentence() {
        return sentence;
    }

    /** Shown as a column heading (the local authority's overview, the targeting pack). */
    public String label() {
        return switch (this) {
            case STARTED -> "Starting";
            case CONTRACT -> "Attendance contract";
            case CONTRACT_REFUSED -> "Contract refused";
            case EARLY_HELP -> "Early Help";
            case NOTICE_TO_IMPROVE -> "Notice to improve";
            case PENALTY_NOTICE -> "Penalty notice";
            case LEGAL_REFERRAL -> "Supervision order or prosecution";
        };
    }
}
