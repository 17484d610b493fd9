package org.rejoin.engine.internal;

/**
 * For a test that starts Rejoin's embedded run itself (the demo run, as {@code ./mvnw spring-boot:run} starts it): its
 * PostgreSQL and in-memory engine live beyond the app's context, until the JVM ends, so the test stops them.
 */
public final class EmbeddedRuns {

    private EmbeddedRuns() {
    }

    /** Stops the embedded run's PostgreSQL and engine, if they were started. */
    public static void stopTheirParts() {
        EmbeddedInfrastructure.stopIfStarted();
    }
}
