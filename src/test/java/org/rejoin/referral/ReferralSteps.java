package org.rejoin.referral;

import static org.rejoin.referral.ReferralProcess.Elements.ACCEPT_OR_DECLINE;
import static org.rejoin.referral.ReferralProcess.Elements.APPROVE;
import static org.rejoin.referral.ReferralProcess.Elements.ASSESSMENT;
import static org.rejoin.referral.ReferralProcess.Elements.DESCRIBE;
import static org.rejoin.referral.ReferralProcess.Elements.JOIN_PLAN_REVIEW;
import static org.rejoin.referral.ReferralProcess.Elements.RECOMMENDATIONS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.referral.ReferralProcess.JobTypes;

/** One referral's steps as the champion, the leader, the partner and the workers take them. */
final class ReferralSteps {

    static final String LEAD = "champion@school.example";
    static final int REMINDER_DAYS = 3;
    static final int ACCEPT_DAYS = 5;

    private final ProcessDriver engine;
    final String referralId = UUID.randomUUID().toString();
    final String agencyId = UUID.randomUUID().toString();
    final String caseId;
    long instanceKey;

    ReferralSteps(ProcessDriver engine, String caseId) {
        this.engine = engine;
        this.caseId = caseId;
    }

    /** Started by hand: nothing described yet. */
    ReferralSteps request() {
        return request(Map.of());
    }

    /** Started by a starter that may already supply the description (referralDescribed = true). */
    ReferralSteps request(Map<String, Object> described) {
        Map<String, Object> variables = new HashMap<>(Map.of("referralId", referralId, "caseId", caseId,
                "pupilId", UUID.randomUUID().toString(), "schoolId", UUID.randomUUID().toString(),
                "leadChampion", LEAD, "agencyType", "EARLY_HELP", "origin", "BY_HAND",
                "referralReminderSchoolDays", REMINDER_DAYS, "referralAcceptSchoolDays", ACCEPT_DAYS));
        variables.putAll(described);
        engine.publish(ReferralProcess.MESSAGE_REFERRAL_REQUESTED, referralId, referralId, variables);
        List<Long> started = engine.instances(ReferralProcess.PROCESS_ID);
        instanceKey = started.getLast();
        return this;
    }

    static Map<String, Object> description(boolean consent) {
        Map<String, Object> answers = new HashMap<>(Map.of("agencyType", "EARLY_HELP",
                "referralReason", "Mornings at home have broken down; the family asked for help",
                "triedSoFar", "Key adult at the gate, a later start, two meetings with mum"));
        answers.put("parentalConsent", consent);
        return answers;
    }

    void describe(Map<String, Object> answers) {
        engine.complete(engine.step(instanceKey, DESCRIBE), "describe-referral", answers);
    }

    void approve() {
        engine.complete(engine.step(instanceKey, APPROVE), "approve-referral", Map.of("referralApproval", "approve"));
    }

    /** Approved and sent: the agency is chosen and its answer awaited. */
    void approveAndSend() {
        approve();
        engine.work(JobTypes.SEND_TO_AGENCY, this::mine, Map.of("agencyId", agencyId));
        engine.work(JobTypes.SCHOOL_DAY_DEADLINES, this::mine, Map.of());
    }

    /** From the request to the agency's answer being awaited, with consent. */
    ReferralSteps toAgency() {
        request();
        describe(description(true));
        approveAndSend();
        return this;
    }

    void accept() {
        engine.complete(engine.step(instanceKey, ACCEPT_OR_DECLINE), "accept-referral", Map.of("agencyDecision", "accept"));
        engine.work(JobTypes.RECORD_ACCEPTANCE, this::mine, Map.of());
    }

    /** The partner's assessment, recommendations and the plan review they join. */
    void partnerWorks(String recommendations) {
        engine.complete(engine.step(instanceKey, ASSESSMENT), "agency-assessment", Map.of(
                "assessedOn", engine.today().toString(), "assessmentFindings", "Anxious about the journey to school",
                "needsIdentified", "Support for mornings at home"));
        engine.complete(engine.step(instanceKey, RECOMMENDATIONS), "agency-recommendations", Map.of(
                "agencyRecommendations", recommendations, "agencyInvolvement", "ONGOING"));
        engine.complete(engine.step(instanceKey, JOIN_PLAN_REVIEW), "join-plan-review", Map.of(
                "planReviewDate", engine.today().toString(), "agreedAtReview", "Family worker visits weekly",
                "agencyStaysInvolved", true));
    }

    boolean mine(io.camunda.zeebe.client.api.response.ActivatedJob job) {
        return job.getProcessInstanceKey() == instanceKey;
    }
}
