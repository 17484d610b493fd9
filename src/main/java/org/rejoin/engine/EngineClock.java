package org.rejoin.engine;

import java.time.Duration;

/**
 * The clock of the embedded run's in-memory engine, which the demo moves to make history through the real
 * processes (a plan's review timer firing weeks after the plan was agreed). Only the embedded run has one. It only
 * goes forward: for the demo's history the engine starts behind the wall clock and the demo brings it to today
 * (docs/decisions/0011). The app's own clock follows it (engine.internal.AppClockConfiguration).
 */
public interface EngineClock {

    /** How far the engine's clock is from the wall clock: negative while it is behind, zero once at today. */
    Duration offset();

    /** Moves the engine's clock forward by this much; timers that fall due then fire. Never back. */
    void travel(Duration by);

    /** How many timers of this BPMN element the engine has set since it started, in every process instance. */
    long timersSet(String elementId);
}
