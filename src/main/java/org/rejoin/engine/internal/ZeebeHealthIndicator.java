package org.rejoin.engine.internal;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Health of the workflow engine as the app sees it: reachable over gRPC, and our resources deployed. */
@Component("zeebe")
class ZeebeHealthIndicator extends AbstractHealthIndicator {

    private final EngineMonitor monitor;

    ZeebeHealthIndicator(EngineMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String problem = monitor.problem();
        if (!problem.isEmpty()) {
            builder.down().withDetail("problem", problem);
            return;
        }
        builder.up().withDetail("deployedResources", monitor.deployedResources().size());
    }
}
