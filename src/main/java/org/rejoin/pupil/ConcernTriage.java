package org.rejoin.pupil;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.pupil.internal.AttendanceFactsQuery;
import org.springframework.stereotype.Service;

/**
 * "Noticing the drop": computes every pupil's attendance facts in one SQL query and lets the
 * workflow engine evaluate the {@code AttendanceConcern} decision (deployed from
 * {@code bpmn/attendance-concern.dmn} at start-up) for each of them, so the thresholds stay
 * editable in the DMN. Evaluations go over gRPC, one after another.
 */
@Service
public class ConcernTriage {

    static final String DECISION_ID = "AttendanceConcern";

    private final AttendanceFactsQuery factsQuery;
    private final CamundaClient camunda;
    private final PupilService pupils;

    ConcernTriage(AttendanceFactsQuery factsQuery, CamundaClient camunda, PupilService pupils) {
        this.factsQuery = factsQuery;
        this.camunda = camunda;
        this.pupils = pupils;
    }

    /** One pupil's facts as of {@code asOf}, for someone who may see the pupil (empty otherwise, audited). */
    public java.util.Optional<AttendanceFacts> factsOf(org.rejoin.security.UserAccount user, UUID pupilId,
                                                      LocalDate asOf) {
        return pupils.pupil(user, pupilId).flatMap(p -> factsQuery.factsOfPupils(List.of(pupilId), asOf).stream()
                .findFirst());
    }

    /** Every pupil of the school, triaged as of {@code asOf}, in the order of the facts query (by pupil id). */
    public List<TriagedPupil> triage(UUID schoolId, LocalDate asOf) {
        return triageAll(factsQuery.factsOfSchool(schoolId, asOf));
    }

    /** Only the given pupils (for example those an import changed), as of {@code asOf}. */
    public List<TriagedPupil> triage(Collection<UUID> pupilIds, LocalDate asOf) {
        return triageAll(factsQuery.factsOfPupils(pupilIds, asOf));
    }

    /** The facts without the decision. */
    public List<AttendanceFacts> facts(UUID schoolId, LocalDate asOf) {
        return factsQuery.factsOfSchool(schoolId, asOf);
    }

    /** Evaluates the decision in the engine for one set of facts. */
    public TriagedPupil decide(AttendanceFacts facts) {
        EvaluateDecisionResponse response = camunda.newEvaluateDecisionCommand()
                .useGrpc()
                .decisionId(DECISION_ID)
                .variables(facts.toVariables())
                .requestTimeout(Duration.ofSeconds(10))
                .send()
                .join();
        if (response.getFailureMessage() != null && !response.getFailureMessage().isBlank()) {
            throw new IllegalStateException("The " + DECISION_ID + " decision failed for pupil " + facts.pupilId()
                    + ": " + response.getFailureMessage());
        }
        Map<String, Object> output = camunda.getConfiguration().getJsonMapper().fromJsonAsMap(response.getDecisionOutput());
        Object outcome = output.get("outcome");
        if (outcome == null) {
            throw new IllegalStateException("The " + DECISION_ID + " decision gave no outcome: " + response.getDecisionOutput());
        }
        Object reason = output.get("reason");
        return new TriagedPupil(facts.pupilId(), facts, ConcernOutcome.valueOf(outcome.toString()),
                reason == null ? "" : reason.toString());
    }

    private List<TriagedPupil> triageAll(List<AttendanceFacts> all) {
        List<TriagedPupil> triaged = new ArrayList<>(all.size());
        for (AttendanceFacts facts : all) {
            triaged.add(decide(facts));
        }
        return triaged;
    }
}
