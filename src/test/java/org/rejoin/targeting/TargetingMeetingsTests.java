package org.rejoin.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.MeetingRefusedException.Field;
import org.rejoin.targeting.internal.ActionStore;
import org.rejoin.targeting.internal.MeetingStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recording targeting meetings on PostgreSQL: actions carried from meeting to meeting until closed, and refusals. */
@RejoinTest
class TargetingMeetingsTests {

    static final LocalDate TODAY = LocalDate.now(UkDates.ZONE);

    @Autowired TestData data;
    @Autowired TargetingMeetings meetings;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingStore meetingStore;
    @Autowired ActionStore actionStore;
    @Autowired SchoolService schools;

    String authority;
    SchoolInfo school;
    UserAccount leader;
    UserAccount officer;

    @BeforeEach
    void aSchoolAndItsAuthority() {
        authority = TestData.newLocalAuthority();
        school = data.school(authority);
        leader = data.staff(school, Role.LEADER, "Headteacher");
        officer = data.localAuthorityOfficer(authority);
    }

    @Test
    void anActionAgreedAtOneMeetingIsCarriedToTheNextUntilAMeetingClosesIt() {
        meetings.record(officer, school.id(), record(TODAY.minusDays(60), "Ms Head, Mr Officer", Map.of(),
                new NewAction("Call Dale's family", Responsible.SCHOOL, "Ms Head", TODAY.minusDays(40)),
                new NewAction("Ask Early Help to visit", Responsible.LOCAL_AUTHORITY, null, null)));
        List<AgreedAction> carried = carried();
        assertThat(carried).extracting(AgreedAction::action, AgreedAction::who, AgreedAction::agreedOn)
                .containsExactly(tuple("Call Dale's family", "The school (Ms Head)", TODAY.minusDays(60)),
                        tuple("Ask Early Help to visit", "The local authority", TODAY.minusDays(60)));
        UUID call = carried.get(0).id();
        UUID visit = carried.get(1).id();

        Meeting second = meetings.record(leader, school.id(), record(TODAY.minusDays(30), "Ms Head",
                Map.of(call, new ActionOutcome(ActionStatus.DONE, "Mum came in"), visit, ActionOutcome.stillOpen()),
                new NewAction("Review Cole's timetable", Responsible.SCHOOL, null, TODAY)));
        assertThat(carried()).extracting(AgreedAction::action)
                .containsExactly("Review Cole's timetable", "Ask Early Help to visit");

        meetings.record(officer, school.id(), record(TODAY, "Ms Head, Mr Officer",
                Map.of(visit, new ActionOutcome(ActionStatus.DROPPED, "Family moved away"))));
        assertThat(carried()).extracting(AgreedAction::action).containsExactly("Review Cole's timetable");

        var history = meetings.meetings(leader, school.id(), PageRequest.of(0, 10)).getContent();
        assertThat(history).extracting(m -> m.meeting().heldOn())
                .containsExactly(TODAY, TODAY.minusDays(30), TODAY.minusDays(60));
        PastMeeting first = history.get(2);
        assertThat(first.agreed()).extracting(AgreedAction::action, AgreedAction::status, AgreedAction::closedOn,
                        AgreedAction::closingNote)
                .containsExactly(tuple("Call Dale's family", ActionStatus.DONE, TODAY.minusDays(30), "Mum came in"),
                        tuple("Ask Early Help to visit", ActionStatus.DROPPED, TODAY, "Family moved away"));
        assertThat(history.get(1).closed()).extracting(AgreedAction::id).containsExactly(call);
        assertThat(history.get(1).meeting().id()).isEqualTo(second.id());
        assertThat(history.get(0).closed()).extracting(AgreedAction::closedAt).containsExactly(history.get(0).meeting().id());
    }

    @Test
    void theSameFormSentTwiceRecordsOneMeeting() {
        MeetingRecord once = record(TODAY.minusDays(3), "Ms Head", Map.of(),
                new NewAction("Call the family", Responsible.SCHOOL, null, null));
        Meeting first = meetings.record(leader, school.id(), once);
        Meeting again = meetings.record(leader, school.id(), once);

        assertThat(again).isEqualTo(first);
        assertThat(meetings.meetings(leader, school.id(), PageRequest.of(0, 10)).getTotalElements()).isOne();
        assertThat(carried()).hasSize(1);
        assertThat(audit.count("TARGETING_MEETING_RECORDED", "targeting_pack", school.id())).isOne();
    }

    @Test
    void aMeetingIsRecordedOnOrAfterItsDayAndAfterTheLastOne() {
        refused(record(TODAY.plusDays(1), "Ms Head", Map.of()), Field.DATE,
                "A meeting is recorded on or after the day it is held: " + UkDates.format(TODAY.plusDays(1))
                        + " is still to come");
        refused(record(null, "Ms Head", Map.of()), Field.DATE, "Enter the date of the meeting");
        meetings.record(leader, school.id(), record(TODAY.minusDays(10), "Ms Head", Map.of()));
        refused(record(TODAY.minusDays(10), "Ms Head", Map.of()), Field.DATE,
                "A meeting on " + UkDates.format(TODAY.minusDays(10)) + " is already recorded for this school");
        refused(record(TODAY.minusDays(20), "Ms Head", Map.of()), Field.DATE, "This school's last meeting was on "
                + UkDates.format(TODAY.minusDays(10)) + ". Meetings are recorded in the order they are held, so this "
                + "one comes after it");
    }

    @Test
    void aMeetingIsStillToComeUntilTheAppsClockReachesItsDay() {
        var fourWeeksBack = Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(-28));
        var behind = new TargetingMeetings(meetingStore, actionStore, schools, audit, fourWeeksBack);
        LocalDate appToday = LocalDate.now(fourWeeksBack);

        assertThat(behind.today()).isEqualTo(appToday);
        assertThatThrownBy(() -> behind.record(leader, school.id(), record(TODAY.minusDays(1), "Ms Head", Map.of())))
                .isInstanceOf(MeetingRefusedException.class).hasMessageEndingWith(" is still to come");
        assertThat(behind.record(leader, school.id(), record(appToday, "Ms Head", Map.of())).heldOn())
                .isEqualTo(appToday);
    }

    @Test
    void whoAttendedEachNewActionAndADroppedActionsReasonAreRequired() {
        refused(record(TODAY, "  ", Map.of()), Field.ATTENDEES, "Say who attended");
        var missingText = assertRefused(record(TODAY, "Ms Head", Map.of(),
                new NewAction("Call", Responsible.SCHOOL, null, null), new NewAction(" ", Responsible.SCHOOL, null, null)));
        assertThat(missingText.newAction()).isEqualTo(1);
        assertThat(missingText).hasMessage("New action 2: say what was agreed");
        refused(record(TODAY, "Ms Head", Map.of(), new NewAction("Call", null, null, null)), Field.NEW_ACTION,
                "New action 1: say who does it: the school or the local authority");
        refused(record(TODAY, "Ms Head", Map.of(), new NewAction("Call", Responsible.SCHOOL, null, TODAY.minusDays(1))),
                Field.NEW_ACTION, "New action 1: the date it is due is before the meeting");

        meetings.record(leader, school.id(), record(TODAY.minusDays(5), "Ms Head", Map.of(),
                new NewAction("Call", Responsible.SCHOOL, null, null)));
        UUID call = carried().getFirst().id();
        var noReason = assertRefused(record(TODAY, "Ms Head", Map.of(call, new ActionOutcome(ActionStatus.DROPPED, ""))));
        assertThat(noReason.carriedAction()).isEqualTo(call);
        assertThat(noReason).hasMessage("Say why this action was dropped");
        assertThat(carried()).hasSize(1);
    }

    @Test
    void anotherSchoolsLeaderOrAnotherAuthoritysOfficerCanNeitherReadNorRecordNorCloseAnAction() {
        meetings.record(leader, school.id(), record(TODAY.minusDays(5), "Ms Head", Map.of(),
                new NewAction("Call", Responsible.SCHOOL, null, null)));
        UUID call = carried().getFirst().id();
        SchoolInfo neighbour = data.school(authority);
        UserAccount neighbourLeader = data.staff(neighbour, Role.LEADER, "Headteacher");
        UserAccount elsewhere = data.localAuthorityOfficer(TestData.newLocalAuthority());
        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);

        for (UserAccount outsider : List.of(neighbourLeader, elsewhere, data.partner(agency),
                data.staff(school, Role.ATTENDANCE_CHAMPION, "Champion"), data.admin())) {
            assertThat(meetings.carriedForward(outsider, school.id(), PageRequest.of(0, 10))).isEmpty();
            assertThat(meetings.meetings(outsider, school.id(), PageRequest.of(0, 10))).isEmpty();
            assertThatThrownBy(() -> meetings.record(outsider, school.id(), record(TODAY, "Someone", Map.of())))
                    .isInstanceOf(MeetingRefusedException.class).hasMessage("This school is not one you oversee");
        }
        assertThat(audit.count("ACCESS_DENIED", "targeting_pack", school.id())).isEqualTo(5);

        // the neighbour's own meeting cannot close the other school's action
        assertThatThrownBy(() -> meetings.record(neighbourLeader, neighbour.id(), record(TODAY, "Mr Neighbour",
                Map.of(call, new ActionOutcome(ActionStatus.DONE, null)))))
                .isInstanceOf(MeetingRefusedException.class).hasMessageContaining("no longer open for this school");
        assertThat(carried()).extracting(AgreedAction::status).containsExactly(ActionStatus.OPEN);
        assertThat(meetings.meetings(neighbourLeader, neighbour.id(), PageRequest.of(0, 10))).isEmpty();
    }

    private List<AgreedAction> carried() {
        return meetings.carriedForward(leader, school.id(), PageRequest.of(0, 50)).getContent();
    }

    private static MeetingRecord record(LocalDate heldOn, String attendees, Map<UUID, ActionOutcome> carried,
                                        NewAction... agreed) {
        return new MeetingRecord(UUID.randomUUID(), heldOn, attendees, "Notes", List.of(agreed), carried);
    }

    private void refused(MeetingRecord record, Field field, String message) {
        MeetingRefusedException refusal = assertRefused(record);
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal).hasMessage(message);
    }

    private MeetingRefusedException assertRefused(MeetingRecord record) {
        try {
            meetings.record(leader, school.id(), record);
        } catch (MeetingRefusedException refusal) {
            return refusal;
        }
        throw new AssertionError("the meeting was recorded");
    }
}
