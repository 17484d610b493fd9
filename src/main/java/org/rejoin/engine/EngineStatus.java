package org.rejoin.engine;

import java.time.Instant;
import java.util.List;

/**
 * What the app knows about its workflow engine: reachable or not (checked at most every few
 * seconds), and what it deployed there.
 */
public interface EngineStatus {

    boolean isAvailable();

    /** Why the engine is unavailable, in words for an administrator; empty when it is available. */
    String problem();

    /** The resources (BPMN, DMN, forms) of the last successful deployment; empty before one. */
    List<DeployedResource> deployedResources();

    record DeployedResource(String kind, String id, int version, String resourceName, Instant deployedAt) {
    }
}
