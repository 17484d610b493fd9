package org.rejoin.ladder.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.ladder.FormalSupportProcess.Answers;
import org.rejoin.ladder.FormalSupportProcess.JobTypes;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.rejoin.ladder.LadderRung;
import org.springframework.stereotype.Component;

/**
 * A rung reached: records it on the ladder with the family's letter (written from the step's answers) and puts
 * it in the case's chronology. Keyed by job, so a redelivered job records it once.
 */
@Component
public class InformFamilyWorker {

    private final LadderStore store;
    private final Chronology chronology;
    private final Clock clock;

    InformFamilyWorker(LadderStore store, Chronology chronology, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.INFORM_FAMILY, fetchVariables = {Variables.LADDER_ID, Variables.CASE_ID,
            Answers.CONTRACT_TERMS, Answers.CONTRACT_AGREED, Answers.CONTRACT_REVIEW_SCHOOL_DAYS,
            Answers.LEGAL_DECISION, Answers.LEGAL_REASON, Answers.IMPROVEMENT_PERIOD, Answers.IMPROVEMENT_SUPPORT,
            Answers.PARENT_CONTACT_ID, Answers.PENALTY_NOTICE_REQUESTED_ON, Variables.PENALTY_NOTICE_LEVEL,
            Variables.PENALTY_NOTICE_AMOUNT, Variables.PENALTY_NOTICE_LATE_AMOUNT})
    public Map<String, Object> inform(ActivatedJob job) {
        JobVariables v = JobVariables.of(job);
        LocalDate today = LocalDate.now(clock);
        UUID ladderId = v.uuid(Variables.LADDER_ID);
        String rung = job.getCustomHeaders().get("rung");
        switch (rung) {
            case "CONTRACT" -> {
                boolean agreed = "AGREED".equals(v.text(Answers.CONTRACT_AGREED));
                String terms = v.text(Answers.CONTRACT_TERMS);
                record(job, v, agreed ? LadderRung.CONTRACT : LadderRung.CONTRACT_REFUSED, null,
                        agreed ? "Attendance contract agreed: " + terms : "Attendance contract offered and refused: " + terms,
                        agreed ? Letters.contract(today, terms, v.integer(Answers.CONTRACT_REVIEW_SCHOOL_DAYS))
                                : Letters.contractRefused(today, terms), null, today);
                return Map.of();
            }
            case "NOTICE_TO_IMPROVE" -> {
                Period period = Period.parse(v.text(Answers.IMPROVEMENT_PERIOD));
                String support = v.text(Answers.IMPROVEMENT_SUPPORT);
                record(job, v, LadderRung.NOTICE_TO_IMPROVE, null, "Notice to improve, improvement period "
                        + period.getDays() / 7 + " weeks. Support in it: " + support + ". Why: "
                        + v.text(Answers.LEGAL_REASON), Letters.noticeToImprove(today, period, support), null, today);
                return Map.of(Variables.NOTICE_TO_IMPROVE_ISSUED, true);
            }
            case "PENALTY_NOTICE" -> {
                LocalDate on = LocalDate.parse(v.text(Answers.PENALTY_NOTICE_REQUESTED_ON));
                String level = v.text(Variables.PENALTY_NOTICE_LEVEL);
                int amount = v.integer(Variables.PENALTY_NOTICE_AMOUNT);
                record(job, v, LadderRung.PENALTY_NOTICE, v.uuid(Answers.PARENT_CONTACT_ID), "Penalty notice requested ("
                        + level.toLowerCase(java.util.Locale.UK) + " within 3 years, £" + amount + "). Why: "
                        + v.text(Answers.LEGAL_REASON), Letters.penaltyNotice(on, level, amount,
                        v.integer(Variables.PENALTY_NOTICE_LATE_AMOUNT)), amount, on);
                return Map.of();
            }
            case "LEGAL_REFERRAL" -> {
                String decision = v.text(Answers.LEGAL_DECISION);
                record(job, v, LadderRung.LEGAL_REFERRAL, null, ("PROSECUTION".equals(decision)
                        ? "Referred for prosecution" : "Referred for an education supervision order") + ". Why: "
                        + v.text(Answers.LEGAL_REASON), Letters.legalReferral(today, decision), null, today);
                return Map.of();
            }
            default -> throw new IllegalArgumentException("The BPMN names a rung Rejoin does not know: " + rung);
        }
    }

    private void record(ActivatedJob job, JobVariables v, LadderRung rung, UUID parent, String summary, String letter,
                        Integer amount, LocalDate on) {
        UUID ladderId = v.uuid(Variables.LADDER_ID);
        store.recordRung(job.getKey(), ladderId, rung, parent, summary, letter, amount, on);
        chronology.record(new NewEntry(v.uuid(Variables.CASE_ID), EntryKind.PARENT_CONTACT, null, null,
                rung.label() + ": letter to the family", summary, Map.of("ladderId", ladderId.toString()),
                v.sourceKey()));
    }
}
