package org.rejoin.ladder.internal;

import java.time.LocalDate;
import java.time.Period;
import org.rejoin.base.ui.UkDates;

/**
 * The family's letter at each rung, written from what the step recorded. Plain English, no names: the school
 * prints it on its own paper and adds the address from the pupil's contacts.
 */
final class Letters {

    private static final String OPENING = "Dear parent or carer,\n\n";
    private static final String CLOSING = "\n\nIf anything here is wrong, or something is making it hard for your child "
            + "to come to school, please contact the school's attendance champion. We want to help.\n\nYours sincerely,\n"
            + "The school";

    private Letters() {
    }

    static String contract(LocalDate on, String terms, int reviewSchoolDays) {
        return OPENING + "Thank you for meeting us on " + UkDates.formatLong(on) + ". This letter confirms the "
                + "attendance contract we agreed.\n\nWhat we agreed:\n" + terms + "\n\nWe will review it together after "
                + reviewSchoolDays + " school days, to see how it is going and what else would help." + CLOSING;
    }

    static String contractRefused(LocalDate on, String terms) {
        return OPENING + "On " + UkDates.formatLong(on) + " we offered you an attendance contract: a written agreement "
                + "of what the school and the family will each do to help your child attend.\n\nWhat we offered:\n"
                + terms + "\n\nYou did not wish to agree to it, and the offer stays open. We will keep offering support. "
                + "If attendance does not improve, the school must consider further steps, which can include a notice "
                + "to improve or a penalty notice." + CLOSING;
    }

    static String earlyHelp(LocalDate on) {
        return OPENING + "On " + UkDates.formatLong(on) + " we asked for an Early Help assessment for your family. "
                + "Early Help looks at the whole family's needs and can bring in support from outside the school. "
                + "Someone will contact you about it." + CLOSING;
    }

    static String noticeToImprove(LocalDate on, Period period, String support) {
        LocalDate end = on.plus(period);
        return OPENING + "This is a notice to improve, issued on " + UkDates.formatLong(on) + ". Your child's attendance "
                + "has not improved with the support offered so far.\n\nThe improvement period runs until "
                + UkDates.formatLong(end) + " (" + period.getDays() / 7 + " weeks). During it we will offer:\n" + support
                + "\n\nIf attendance does not improve enough in this time, the school may ask the local authority to "
                + "issue a penalty notice." + CLOSING;
    }

    static String penaltyNotice(LocalDate on, String level, int amount, int lateAmount) {
        String money = "SECOND".equals(level)
                ? "As this is the second penalty notice for this child within 3 years, it is £" + amount
                + ", to be paid within 28 days."
                : "It is £" + amount + " if paid within 21 days, or £" + lateAmount + " if paid within 28 days.";
        return OPENING + "On " + UkDates.formatLong(on) + " the school asked the local authority to issue a penalty "
                + "notice for your child's absence from school. The local authority decides, and will write to you. "
                + money + " Paying it means you will not be prosecuted for this absence." + CLOSING;
    }

    static String legalReferral(LocalDate on, String decision) {
        String what = "PROSECUTION".equals(decision) ? "consider prosecution for your child's absence from school"
                : "consider an education supervision order, so that a supervisor helps your family with your child's "
                + "education";
        return OPENING + "On " + UkDates.formatLong(on) + " the school asked the local authority to " + what
                + ". The local authority will contact you before anything is decided." + CLOSING;
    }
}
