package org.rejoin.engine;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In-memory engines in one JVM share the gateway's response writer (static fields, docs/decisions/0009): two engines
 * at work at once corrupt each other's answers, and a lost answer shows as a deploy or a job activation that times
 * out. In the JVM of the tests with engines of their own, one engine lives longer than a test class (the fault
 * tests' app, whose workers keep polling it); it says here how to stop it, and whatever starts another engine stops it
 * first. The fault tests' app starts again, on a fresh engine, when a fault test next needs it.
 */
public final class OneEngineAtATime implements BeforeAllCallback {

    private static Runnable stopTheLongLivedEngine;

    /** The engine that stays up beyond its test class, and how to stop it. */
    public static synchronized void longLived(Runnable stop) {
        stopTheLongLivedEngine = stop;
    }

    /** Stops the long-lived engine, if one is running, before another engine starts work. */
    public static synchronized void stopTheLongLivedEngine() {
        Runnable stop = stopTheLongLivedEngine;
        stopTheLongLivedEngine = null;
        if (stop != null) {
            stop.run();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stopTheLongLivedEngine();
    }
}
