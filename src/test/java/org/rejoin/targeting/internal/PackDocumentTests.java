package org.rejoin.targeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.PdfText;
import org.rejoin.casework.CaseStage;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SenStatus;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralFigures.OpenReferral;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.support.PlanState;
import org.rejoin.targeting.ActionStatus;
import org.rejoin.targeting.AgreedAction;
import org.rejoin.targeting.Meeting;
import org.rejoin.targeting.Pack;
import org.rejoin.targeting.PackPupil;
import org.rejoin.targeting.PastMeeting;
import org.rejoin.targeting.Responsible;

/** The pack as a PDF: what it says, in order, read back from the PDF's text. */
class PackDocumentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final SchoolInfo SCHOOL = new SchoolInfo(UUID.randomUUID(), "123456", "Northfield Academy", "Testshire");

    @Test
    void thePackGivesTheCountsTheActionsCarriedForwardThePupilsAndTheLastMeeting() throws IOException {
        Pack pack = new Pack(SCHOOL, LocalDate.of(2026, 8, 31), new SchoolFigures(6, 5, 2, 79, 120));
        UUID lastMeeting = UUID.randomUUID();
        var carried = List.of(new AgreedAction(UUID.randomUUID(), SCHOOL.id(), lastMeeting, LocalDate.of(2026, 9, 20),
                "Home visit for Dale", Responsible.LOCAL_AUTHORITY, "Mr Officer", LocalDate.of(2026, 12, 1),
                ActionStatus.OPEN, null, null, null));
        UUID daleCase = UUID.randomUUID();
        var pupils = List.of(
                new PackPupil(UUID.randomUUID(), "Sam Dale", "A123", 10, SenStatus.NONE, 4, 20, daleCase,
                        CaseStage.SUPPORT_PLAN, PlanState.WORKING_ON_STEPS, List.of(new OpenReferral(UUID.randomUUID(),
                        daleCase, AgencyType.EARLY_HELP, ReferralStatus.SENT))),
                new PackPupil(UUID.randomUUID(), "Ali Ashby", "A124", 9, SenStatus.NONE, 18, 20, null, null, null,
                        List.of()));
        var last = new PastMeeting(new Meeting(lastMeeting, SCHOOL.id(), LocalDate.of(2026, 9, 20), "Ms Head, Mr Officer",
                "Dale's plan discussed", "head@school.example", Instant.now()), carried, List.of());

        String text = PdfText.of(PackDocument.pdf(pack, pupils, carried, last, "Ms Head", TODAY));

        // tables are drawn after the paragraphs, so only each table's own order can be read back
        assertThat(text).contains("Targeting support meeting: Northfield Academy", "Confidential",
                "Prepared on 23 November 2026 by Ms Head", "Testshire", "from the week of 31 August 2026",
                "5 of 6 pupils are at or below 90% attendance", "2 of them at or below 50%", "Actions carried forward",
                "Pupils at or below 90% attendance", "The last meeting", "Held on 20 September 2026",
                "Attended by Ms Head, Mr Officer", "Dale's plan discussed");
        assertThat(text).containsSubsequence("Action", "Who", "Due", "Agreed", "Home visit for Dale",
                "The local authority (Mr Officer)", "1 Dec 2026", "20 Sept 2026");
        assertThat(text).containsSubsequence("Pupil", "Year", "Attendance", "50% or below", "Case", "Open referrals",
                "Sam Dale", "10", "20.0%", "Yes", "Stepped support plan: working through the steps",
                "Early Help (waiting for an answer)", "Ali Ashby", "9", "90.0%", "No open case", "None");
    }

    @Test
    void anEmptyPackSaysSo() throws IOException {
        Pack pack = new Pack(SCHOOL, LocalDate.of(2026, 8, 31), new SchoolFigures(0, 0, 0, 0, 0));
        String text = PdfText.of(PackDocument.pdf(pack, List.of(), List.of(), null, "Ms Head", TODAY));
        assertThat(text).contains("No actions are open from earlier meetings.", "No meeting is recorded yet.");
    }
}
