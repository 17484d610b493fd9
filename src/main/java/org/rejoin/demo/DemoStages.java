package org.rejoin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rejoin.casework.Chronology;
import org.rejoin.inbox.InboxService;
import org.rejoin.ladder.FormalSupportProcess;
import org.rejoin.ladder.LadderService;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.referral.ReferralService;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.targeting.MeetingRecord;
import org.rejoin.targeting.NewAction;
import org.rejoin.targeting.Responsible;
import org.rejoin.targeting.TargetingMeetings;
import org.rejoin.support.SupportPlanService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Takes a school's open demo cases, waiting at step 1, to every stage through the real processes: each step is
 * submitted by its person through the inbox, as the task form does, so the engine, its workers and the records
 * they keep are the same as for a real case. Some cases stop at each journey step; others go on to the support
 * plan, a part-time timetable, referrals to every agency and a safeguarding concern. Cases are driven side by side.
 */
@Component
@ConditionalOnProperty(name = "rejoin.mode", havingValue = "embedded", matchIfMissing = true)
class DemoStages {

    /** A case stops after 1, 2, ... of the journey's human steps; index i of {@code journeyCases} after i + 1. */
    static final int JOURNEY_STOPS = 9;
    /** Cases that finish the journey: one gathers views, the others have an agreed plan. */
    static final int PLAN_CASES = 4;
    static final int CASES_NEEDED = JOURNEY_STOPS + PLAN_CASES;
    /** Cases driven at once: each holds a database connection while it submits, beside the workers' own. */
    private static final int SIDE_BY_SIDE = 4;
    /** The plan case whose family also agrees an attendance contract (formal support). */
    private static final int CONTRACT_PLAN_CASE = 1;

    record Staged(List<UUID> journeyCases, List<UUID> planCases, Map<UUID, DemoReferralState> referrals,
                  UUID safeguardingCase, UUID contractCase) {
    }

    private final DemoStepDriver steps;
    private final ReferralService referrals;
    private final SupportPlanService plans;
    private final Chronology chronology;
    private final TargetingMeetings meetings;
    private final LadderService ladders;
    private final Clock clock;

    DemoStages(InboxService inbox, ReferralService referrals, SupportPlanService plans, Chronology chronology,
               TargetingMeetings meetings, LadderService ladders, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.ladders = ladders;
        this.steps = new DemoStepDriver(inbox);
        this.referrals = referrals;
        this.plans = plans;
        this.chronology = chronology;
    }

    /**
     * Drives the first {@link #CASES_NEEDED} of these cases (each waiting at step 1). {@code everyAgencyBusy}: each
     * agency gets a referral it is to answer or is assessing (else the referrals show every state in turn).
     */
    Staged stage(DemoSchoolPeople people, List<UUID> openCases, boolean everyAgencyBusy) {
        if (openCases.size() < CASES_NEEDED) {
            throw new IllegalArgumentException("The demo stages need " + CASES_NEEDED + " open cases, not "
                    + openCases.size());
        }
        List<UUID> journeyCases = openCases.subList(0, JOURNEY_STOPS);
        List<UUID> planCases = openCases.subList(JOURNEY_STOPS, CASES_NEEDED);
        Map<UUID, DemoReferralState> referralStates = new ConcurrentHashMap<>();
        // one referral a case: two on one case would have steps of the same name (a leader's approval) side by side
        AgencyType[] types = AgencyType.values();
        List<UUID> referred = new ArrayList<>(planCases);
        referred.add(journeyCases.get(JOURNEY_STOPS - 1));
        referred.add(journeyCases.get(JOURNEY_STOPS - 2));
        Map<UUID, AgencyType> referralOfCase = new java.util.HashMap<>();
        for (int t = 0; t < types.length; t++) {
            referralOfCase.put(referred.get(t), types[t]);
        }
        List<Runnable> work = new ArrayList<>();
        for (int i = 0; i < CASES_NEEDED; i++) {
            UUID caseId = openCases.get(i);
            int stepsDone = i < JOURNEY_STOPS ? i + 1 : DemoJourneySteps.journey(people, LocalDate.now(clock)).size();
            int planCase = i - JOURNEY_STOPS;
            work.add(() -> {
                journey(people, caseId, stepsDone);
                if (planCase >= 0) {
                    planCase(people, caseId, planCase);
                }
                if (planCase == CONTRACT_PLAN_CASE) {
                    attendanceContract(people, caseId);
                }
                AgencyType type = referralOfCase.get(caseId);
                if (type != null) {
                    DemoReferralState state = everyAgencyBusy
                            ? (type.ordinal() % 2 == 0 ? DemoReferralState.WAITING_FOR_AGENCY : DemoReferralState.BEING_ASSESSED)
                            : DemoReferralState.values()[type.ordinal() % DemoReferralState.values().length];
                    referralStates.put(referral(people, caseId, type, state), state);
                }
            });
        }
        // the concern reaches the designated safeguarding lead while the pupil's information is gathered
        UUID safeguardingCase = journeyCases.get(3);
        runSideBySide(work);
        chronology.raiseSafeguardingConcern(people.champion(), safeguardingCase,
                "Came in with a bruise on the arm and would not say how it happened");
        targetingMeeting(people);
        return new Staged(List.copyOf(journeyCases), List.copyOf(planCases), Map.copyOf(referralStates),
                safeguardingCase, planCases.get(CONTRACT_PLAN_CASE));
    }

    /** Last fortnight's targeting meeting between the school and the local authority, with its actions. */
    private void targetingMeeting(DemoSchoolPeople people) {
        LocalDate heldOn = LocalDate.now(clock).minusDays(14);
        meetings.record(people.leader(), people.schoolId(), new MeetingRecord(UUID.randomUUID(), heldOn,
                "Deputy headteacher, attendance champion, the local authority's attendance support lead",
                "Year 9 absence is rising on Mondays; Early Help waits are long.", List.of(
                        new NewAction("Ring the families of Year 9 pupils missing Mondays", Responsible.SCHOOL,
                                "Attendance champion", heldOn.plusDays(21)),
                        new NewAction("Ask Early Help for a date for the waiting referrals", Responsible.LOCAL_AUTHORITY,
                                "Attendance support lead", heldOn.plusDays(10)),
                        new NewAction("Share the part-time timetables with the local authority", Responsible.SCHOOL,
                                null, null)), Map.of()));
    }

    /** Formal support beside the plan: the champion meets the parents and they agree an attendance contract. */
    private void attendanceContract(DemoSchoolPeople people, UUID caseId) {
        ladders.start(people.champion(), caseId, "Attendance still under 60% six weeks into the plan");
        steps.complete(people.champion(), caseId, FormalSupportProcess.Elements.AGREE_CONTRACT, Map.of(
                "contractTerms", "School: the key adult meets the pupil at the side gate every morning. "
                        + "Family: in school by 8:40 every day, and a call to the office by 9:00 on any day missed.",
                "contractReviewSchoolDays", 20, "contractAgreed", "AGREED",
                "contractNotes", "Both parents came; they asked for the key adult's number"));
    }

    private void journey(DemoSchoolPeople people, UUID caseId, int stepsDone) {
        DemoJourneySteps.journey(people, LocalDate.now(clock)).stream().limit(stepsDone)
                .forEach(step -> steps.complete(step.who().apply(people), caseId, step.elementId(), step.answers()));
    }

    /** Plan case 0 gathers views; 1 to 3 agree their steps; 2 has a part-time timetable to sign off, 3 one signed off. */
    private void planCase(DemoSchoolPeople people, UUID caseId, int which) {
        var agree = DemoJourneySteps.planAgreed();
        agree.stream().limit(which == 0 ? 0 : agree.size())
                .forEach(step -> steps.complete(step.who().apply(people), caseId, step.elementId(), step.answers()));
        if (which == 0) {
            steps.awaitStep(people.champion(), caseId, SupportPlanProcess.Elements.GATHER_VIEWS);
        }
        if (which < 2) {
            return;
        }
        plans.proposePartTimeTimetable(people.champion(), caseId);
        var start = LocalDate.now(clock).plusDays(1);
        steps.complete(people.champion(), caseId, SupportPlanProcess.Elements.RECORD_PART_TIME, Map.of(
                "partTimeReason", "Medical advice after a hospital stay", "partTimeDay", "Mornings in the base",
                "partTimeStartDate", start.toString(), "partTimeEndDate", start.plusDays(27).toString(),
                "parentalAgreement", true));
        if (which == 3) {
            steps.complete(people.leader(), caseId, SupportPlanProcess.Elements.SIGN_OFF_PART_TIME,
                    Map.of("partTimeDecision", "approve"));
        } else {
            steps.awaitStep(people.leader(), caseId, SupportPlanProcess.Elements.SIGN_OFF_PART_TIME);
        }
    }

    private UUID referral(DemoSchoolPeople people, UUID caseId, AgencyType type, DemoReferralState state) {
        String why = "Mornings at home have broken down since the summer";
        UUID referralId = referrals.requestByHand(people.champion(), caseId, type, why);
        steps.complete(people.champion(), caseId, ReferralProcess.Elements.DESCRIBE, Map.of("agencyType", type.name(),
                "referralReason", why, "triedSoFar", "A key adult at the gate each morning", "parentalConsent", true));
        if (!state.sent()) {
            steps.awaitStep(people.leader(), caseId, ReferralProcess.Elements.APPROVE);
            return referralId;
        }
        steps.complete(people.leader(), caseId, ReferralProcess.Elements.APPROVE, Map.of("referralApproval", "approve"));
        var partner = people.partners().get(type);
        switch (state) {
            case BEING_ASSESSED -> {
                steps.complete(partner, caseId, ReferralProcess.Elements.ACCEPT_OR_DECLINE, Map.of("agencyDecision", "accept"));
                steps.awaitStep(partner, caseId, ReferralProcess.Elements.ASSESSMENT);
            }
            case DECLINED -> {
                steps.complete(partner, caseId, ReferralProcess.Elements.ACCEPT_OR_DECLINE, Map.of("agencyDecision",
                        "decline", "declineReason", "Over our threshold: try the Mental Health Support Team"));
                steps.awaitStep(people.champion(), caseId, ReferralProcess.Elements.REVIEW_ALTERNATIVES);
            }
            case WITHDRAWN -> {
                steps.awaitStep(partner, caseId, ReferralProcess.Elements.ACCEPT_OR_DECLINE);
                referrals.withdraw(people.champion(), referralId, "The parents withdrew their consent");
            }
            default -> steps.awaitStep(partner, caseId, ReferralProcess.Elements.ACCEPT_OR_DECLINE);
        }
        return referralId;
    }

    static void runSideBySide(List<Runnable> work) {
        ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE, Thread.ofPlatform().name("demo-stages-", 0).factory());
        try {
            List<Future<?>> running = work.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> each : running) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while taking the demo cases through their steps", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A demo case could not be taken to its stage", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
