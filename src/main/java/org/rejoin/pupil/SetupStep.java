package org.rejoin.pupil;

/** One thing a new school does before Rejoin can work for it, and in words what is still missing. */
public record SetupStep(String title, boolean done, String whatIsMissing, String page) {
}
