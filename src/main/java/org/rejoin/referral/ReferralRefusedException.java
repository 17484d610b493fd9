package org.rejoin.referral;

/** A referral asked for by hand that cannot be made, with the reason and the field it is about. */
public class ReferralRefusedException extends IllegalArgumentException {

    /** What the refusal is about, so a form can show it next to the right field. */
    public enum Field { AGENCY, WHY, CASE }

    private final Field field;

    public ReferralRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
