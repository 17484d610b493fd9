package org.rejoin.targeting.ui;

/** A targeting pack opened by someone whose role never oversees a school: shown as "not found" and audited. */
public class PackRefusedException extends RuntimeException {
}
