package org.rejoin.support.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.CaseNotFoundException;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.Messages;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanState;
import org.rejoin.support.SupportPlanProcess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Propose a part-time timetable": a champion or leader of a case they can see, while its plan runs.
 * The proposal is recorded, then the plan's event sub-process gives the lead champion the step to record
 * why, the reduced day and its dates. One proposal at a time (the process holds one proposal's answers).
 * Until a leader signs it off, a proposal may be withdrawn, which also unblocks one that never reached the plan.
 */
@Component
public class PartTimeProposals {

    /** Long enough to reach a plan whose subscription is being (re)opened; a proposal is not kept waiting. */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_REASON = 2000;

    private final CamundaClient camunda;
    private final CaseService cases;
    private final PlanStore plans;
    private final PartTimeStore partTimes;
    private final Chronology chronology;
    private final AuditTrail audit;

    PartTimeProposals(CamundaClient camunda, CaseService cases, PlanStore plans, PartTimeStore partTimes,
                      Chronology chronology, AuditTrail audit) {
        this.camunda = camunda;
        this.cases = cases;
        this.plans = plans;
        this.partTimes = partTimes;
        this.chronology = chronology;
        this.audit = audit;
    }

    @Transactional
    public void propose(UserAccount user, UUID caseId) {
        if (!user.hasRole(Role.ATTENDANCE_CHAMPION) && !user.hasRole(Role.LEADER)) {
            throw new AccessDeniedException("Only attendance champions and leaders propose a part-time timetable");
        }
        cases.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        PlanRow plan = plans.lock(caseId).filter(p -> p.state().isRunning()).orElseThrow(() ->
                new IllegalStateException("A part-time timetable can be proposed only while the support plan runs"));
        UUID proposal = UUID.randomUUID();
        partTimes.propose(proposal, plan.caseId(), user.username());
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, user.username(), "Part-time timetable proposed",
                "The lead champion records why it is needed, the reduced day, its dates (at most six weeks) and the "
                        + "parents' agreement; then a leader signs it off.", Map.of(), "part-time-proposed:" + proposal));
        Messages.publishOnce(camunda, SupportPlanProcess.MESSAGE_PART_TIME_PROPOSED, caseId.toString(),
                "part-time:" + proposal, TIME_TO_LIVE,
                Map.of(SupportPlanProcess.Variables.PART_TIME_PROPOSAL_ID, proposal.toString()));
        audit.record(user.username(), "PART_TIME_PROPOSED", "case", caseId, null);
    }

    /**
     * Withdraws the case's proposal not yet signed off, saying why: recorded first, then its open step (the
     * lead champion's record or the leader's sign-off) is closed by a message keyed by the proposal's id. A
     * proposal that never reached the plan is simply recorded as withdrawn; its message expires unused.
     */
    @Transactional
    public void withdraw(UserAccount user, UUID caseId, String why) {
        if (!user.hasRole(Role.ATTENDANCE_CHAMPION) && !user.hasRole(Role.LEADER)) {
            throw new AccessDeniedException("Only attendance champions and leaders withdraw a part-time timetable");
        }
        cases.find(user, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        String reason = why == null ? "" : why.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("Say why the proposal is being withdrawn");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("Keep the reason under " + MAX_REASON + " characters");
        }
        UUID proposal = partTimes.withdraw(caseId, user.username(), reason).orElseThrow(() ->
                new IllegalStateException("There is no part-time timetable waiting to be recorded or signed off"));
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, user.username(), "Part-time timetable withdrawn",
                reason, Map.of(), "part-time-withdrawn:" + proposal));
        Messages.publishOnce(camunda, SupportPlanProcess.MESSAGE_PART_TIME_WITHDRAWN, proposal.toString(),
                "part-time-withdrawn:" + proposal, TIME_TO_LIVE, Map.of());
        audit.record(user.username(), "PART_TIME_WITHDRAWN", "case", caseId, proposal.toString());
    }
}
