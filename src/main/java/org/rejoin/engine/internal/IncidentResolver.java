package org.rejoin.engine.internal;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.grpc.Status;
import java.time.Duration;
import java.util.Optional;
import org.rejoin.engine.RunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves the incident the engine raised for a job, whose key resolving needs. Zeebe's gRPC API cannot
 * search incidents: the embedded run reads the in-memory engine's record stream; an external Camunda
 * 8.8 cluster answers the REST incident search. A bare broker (no search) answers nothing, and the
 * incident is then resolved in Operate.
 */
@Component
public class IncidentResolver {

    private static final Logger log = LoggerFactory.getLogger(IncidentResolver.class);

    private final CamundaClient camunda;
    private final RunMode mode;

    IncidentResolver(CamundaClient camunda, Environment environment) {
        this.camunda = camunda;
        this.mode = RunMode.of(environment);
    }

    /** True when the job's incident is resolved (or was already); false when its key cannot be found here. */
    public boolean resolve(long jobKey) {
        Optional<Long> incident = ofJob(jobKey);
        if (incident.isEmpty()) {
            return false;
        }
        try {
            camunda.newResolveIncidentCommand(incident.get()).requestTimeout(Duration.ofSeconds(10)).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
        }
        return true;
    }

    private Optional<Long> ofJob(long jobKey) {
        if (mode == RunMode.EMBEDDED) {
            return EmbeddedInfrastructure.incidentKeyOfJob(jobKey);
        }
        try {
            return camunda.newIncidentSearchRequest().filter(f -> f.jobKey(jobKey).state(IncidentState.ACTIVE))
                    .requestTimeout(Duration.ofSeconds(10)).send().join().items().stream()
                    .map(Incident::getIncidentKey).findFirst();
        } catch (RuntimeException e) {
            log.warn("The engine could not search incidents for job {}: {}", jobKey, e.getMessage());
            return Optional.empty();
        }
    }
}
