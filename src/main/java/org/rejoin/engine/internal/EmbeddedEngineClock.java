package org.rejoin.engine.internal;

import java.time.Duration;
import org.rejoin.engine.EngineClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The in-memory engine's clock, the one the embedded run starts. */
@Component
@ConditionalOnProperty(name = "rejoin.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineClock implements EngineClock {

    @Override
    public Duration offset() {
        return EmbeddedInfrastructure.travelled();
    }

    @Override
    public void travel(Duration by) {
        EmbeddedInfrastructure.travel(by);
    }

    @Override
    public long timersSet(String elementId) {
        return EmbeddedInfrastructure.timersSet(elementId);
    }
}
