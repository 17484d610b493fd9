package org.rejoin.targeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.MeetingRefusedException.Field;
import org.rejoin.targeting.internal.ActionStore;
import org.rejoin.targeting.internal.MeetingStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The termly targeting support meetings of a school and its local authority: recording a meeting with the
 * actions it agrees and what became of those carried forward, and reading them back. Only the school's leaders
 * and the officers of its authority reach them; for anyone else the school has no meetings.
 */
@Service
public class TargetingMeetings {

    /** How the audit trail names a school's targeting pack, meetings and actions. */
    public static final String SUBJECT = "targeting_pack";

    private final MeetingStore meetings;
    private final ActionStore actions;
    private final SchoolService schools;
    private final AuditTrail audit;

    private final Clock clock;

    TargetingMeetings(MeetingStore meetings, ActionStore actions, SchoolService schools, AuditTrail audit,
                      Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.schools = schools;
        this.actions = actions;
        this.audit = audit;
    }

    /** Today by the app's clock: the latest day a meeting may be recorded as held. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records the meeting: closes the actions carried forward it marks done or dropped, then adds the actions it
     * agrees. The same record sent again (same meeting id) changes nothing and returns the meeting recorded.
     */
    @Transactional
    public Meeting record(UserAccount user, UUID schoolId, MeetingRecord record) {
        Oversight scope = Oversight.ofSchool(user, schoolId);
        // a leader's oversight of another school is not empty but matches no row: ask the database
        if (schools.overseen(scope).isEmpty()) {
            audit.deniedAccess(user, SUBJECT, schoolId);
            throw new MeetingRefusedException(Field.SCHOOL, "This school is not one you oversee");
        }
        Optional<Meeting> already = meetings.find(scope, record.meetingId());
        if (already.isPresent()) {
            return already.get();
        }
        MeetingChecks.check(record, today(), meetings.latestHeldOn(scope));
        Map<UUID, ActionOutcome> closing = MeetingChecks.closing(record);
        requireOpen(scope, record.carried().keySet());
        Meeting meeting = new Meeting(record.meetingId(), schoolId, record.heldOn(), record.attendees().strip(),
                MeetingChecks.trimmed(record.notes()), user.username(), null);
        insert(scope, meeting);
        closing.forEach((actionId, outcome) -> {
            String note = MeetingChecks.trimmed(outcome.note());
            if (!actions.close(scope, actionId, outcome.status(), meeting.id(), note)) {
                throw MeetingRefusedException.carriedAction(actionId, "This action was closed meanwhile at another "
                        + "meeting. Reload the page to see where it stands.");
            }
        });
        List<NewAction> agreed = MeetingChecks.tidy(record.newActions());
        for (int i = 0; i < agreed.size(); i++) {
            actions.insert(schoolId, meeting.id(), i, agreed.get(i));
        }
        audit.record(user.username(), "TARGETING_MEETING_RECORDED", SUBJECT, schoolId, "meeting " + meeting.id()
                + " of " + meeting.heldOn() + ": " + agreed.size() + " agreed, " + closing.size() + " closed");
        return meetings.find(scope, meeting.id()).orElseThrow();
    }

    /** The school's actions still open from earlier meetings, soonest due first. */
    @Transactional(readOnly = true)
    public Page<AgreedAction> carriedForward(UserAccount user, UUID schoolId, Pageable page) {
        Oversight scope = Oversight.ofSchool(user, schoolId);
        return scope.isEmpty() ? Page.empty(page) : actions.open(scope, page);
    }

    /** The school's meetings, newest first, each with what it agreed and what it closed. */
    @Transactional(readOnly = true)
    public Page<PastMeeting> meetings(UserAccount user, UUID schoolId, Pageable page) {
        Oversight scope = Oversight.ofSchool(user, schoolId);
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        Page<Meeting> found = meetings.page(scope, page);
        Set<UUID> ids = found.stream().map(Meeting::id).collect(Collectors.toSet());
        List<AgreedAction> related = ids.isEmpty() ? List.of() : actions.ofMeetings(scope, ids);
        return found.map(m -> new PastMeeting(m,
                related.stream().filter(a -> a.agreedAt().equals(m.id())).toList(),
                related.stream().filter(a -> m.id().equals(a.closedAt())).toList()));
    }

    private void requireOpen(Oversight scope, Set<UUID> carried) {
        if (carried.isEmpty()) {
            return;
        }
        Set<UUID> open = actions.openAmong(scope, carried).stream().map(AgreedAction::id).collect(Collectors.toSet());
        carried.stream().filter(id -> !open.contains(id)).findFirst().ifPresent(id -> {
            throw MeetingRefusedException.carriedAction(id, "This action is no longer open for this school. Reload "
                    + "the page to see the actions carried forward now.");
        });
    }

    private void insert(Oversight scope, Meeting meeting) {
        String taken = "A meeting on " + UkDates.format(meeting.heldOn()) + " is already recorded for this school";
        if (meetings.heldOn(scope, meeting.heldOn())) {
            throw new MeetingRefusedException(Field.DATE, taken);
        }
        try {
            meetings.insert(meeting);
        } catch (DuplicateKeyException recordedMeanwhile) {
            throw new MeetingRefusedException(Field.DATE, taken);
        }
    }
}
