package org.rejoin.engine;

import java.time.Duration;

/**
 * The clock of the embedded run's in-memory engine, which the demo moves to make history through the real
 * processes (a plan's review timer firing weeks after the plan was agreed). Only the embedded run has one; the
 * app's own dates and timestamps stay on the wall clock, so whoever travels comes back to where they began.
 */
public interface EngineClock {

    /** How far the engine's clock is from the wall clock: zero unless someone is travelling. */
    Duration offset();

    /** Moves the engine's clock by this much (back when negative); timers that fall due then fire. */
    void travel(Duration by);

    /** How many timers of this BPMN element the engine has set since it started, in every process instance. */
    long timersSet(String elementId);
}
