package org.rejoin.inbox.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often open tasks are checked against the engine, and how many at a time. A task the engine
 * cancelled leaves the inbox within reconcileEvery × ceil(open tasks / reconcileBatch). A user-task
 * job whose activation answer was lost is offered again after activationTimeout.
 */
@ConfigurationProperties("rejoin.inbox")
record InboxProperties(Duration reconcileEvery, Integer reconcileBatch, Duration activationTimeout) {

    InboxProperties {
        activationTimeout = activationTimeout == null ? Duration.ofMillis(UserTaskEngine.ACTIVATION_TIMEOUT_MILLIS)
                : activationTimeout;
        reconcileEvery = reconcileEvery == null ? Duration.ofSeconds(60) : reconcileEvery;
        reconcileBatch = reconcileBatch == null ? 500 : reconcileBatch;
    }
}
