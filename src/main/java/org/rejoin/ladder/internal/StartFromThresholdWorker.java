package org.rejoin.ladder.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.rejoin.engine.JobVariables;
import org.rejoin.ladder.FormalSupportProcess.JobTypes;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.rejoin.ladder.LadderService;
import org.springframework.stereotype.Component;

/**
 * The champion chose formal support at the national framework step: the ladder starts on the case, at the
 * attendance contract or straight at a leader's decision. Keyed by this element instance, so a retried job starts
 * one ladder.
 */
@Component
public class StartFromThresholdWorker {

    /** The national framework step's answers (forms/consider-national-framework.form). */
    static final String DECISION = "nationalFrameworkDecision";
    static final String REASON = "nationalFrameworkReason";
    static final String LEADER_DECISION = "LEADER_DECISION";

    private final LadderService ladders;

    StartFromThresholdWorker(LadderService ladders) {
        this.ladders = ladders;
    }

    @JobWorker(type = JobTypes.START_FROM_THRESHOLD, fetchVariables = {Variables.CASE_ID, DECISION, REASON})
    public Map<String, Object> start(ActivatedJob job) {
        JobVariables v = JobVariables.of(job);
        return ladders.startFromThreshold(v.uuid(Variables.CASE_ID), v.textOrNull(REASON),
                        LEADER_DECISION.equals(v.text(DECISION)), job.getElementInstanceKey())
                .<Map<String, Object>>map(id -> Map.of(Variables.LADDER_ID, id.toString())).orElse(Map.of());
    }
}
