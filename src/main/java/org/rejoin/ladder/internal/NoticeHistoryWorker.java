package org.rejoin.ladder.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.rejoin.engine.JobVariables;
import org.rejoin.ladder.FormalSupportProcess.Answers;
import org.rejoin.ladder.FormalSupportProcess.JobTypes;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Gives the penalty notice rules (bpmn/penalty-notice-rules.dmn) the facts from the record: support recorded on the
 * case (on the ladder or outside it: an agreed support plan, an accepted referral; see {@link SupportOffered}), a notice to improve on this ladder, and the dates of this parent's penalty notices for this pupil, counted
 * back from today on the app's clock. The rules themselves stay in the DMN.
 */
@Component
public class NoticeHistoryWorker {

    private final LadderStore store;
    private final SupportOffered support;
    private final Clock clock;

    NoticeHistoryWorker(LadderStore store, SupportOffered support, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.support = support;
    }

    @JobWorker(type = JobTypes.NOTICE_HISTORY, fetchVariables = {Variables.LADDER_ID, Variables.CASE_ID,
            Answers.PARENT_CONTACT_ID})
    public Map<String, Object> facts(ActivatedJob job) {
        JobVariables v = JobVariables.of(job);
        UUID ladderId = v.uuid(Variables.LADDER_ID);
        return Map.of(Variables.SUPPORT_RECORDED, support.recorded(v.uuid(Variables.CASE_ID)),
                Variables.NOTICE_TO_IMPROVE_ISSUED, store.noticeToImproveIssued(ladderId),
                Variables.PENALTY_NOTICES_ISSUED_ON, store.penaltyNoticesOf(v.uuid(Answers.PARENT_CONTACT_ID)).stream()
                        .map(LocalDate::toString).toList(),
                Variables.NOTICES_COUNTED_ON, LocalDate.now(clock).toString());
    }
}
